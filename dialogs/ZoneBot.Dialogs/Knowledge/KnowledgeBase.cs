using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZoneBot.Dialogs.Knowledge;

/// <summary>
/// The zone's knowledge base: every <c>*.md</c> file of the folder, loaded at start and again on
/// <see cref="Reload"/> (an administrator's <c>knowledge reload</c>). A reload swaps the whole index at once,
/// so a message is answered from the old files or the new, never half of each. Entries with a problem are
/// left out and reported; the rest load. An id used twice keeps its first entry.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeBase> _logger;
    private KnowledgeIndex _index = new([]);

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase> logger)
    {
        _options = options.Value;
        _logger = logger;
        Reload();
    }

    public int Count => _index.Count;

    /// <summary>Reads the folder again; returns how many entries loaded and what was wrong with the others.</summary>
    public KnowledgeLoad Reload()
    {
        var load = Load(_options.FullFolder);
        // The old index is left to the garbage collector: a search may still be reading it.
        Interlocked.Exchange(ref _index, new KnowledgeIndex(load.Entries));
        _logger.LogInformation("Knowledge base loaded: {Count} entries, {Problems} problems", load.Entries.Count, load.Problems.Count);
        foreach (var problem in load.Problems)
        {
            _logger.LogWarning("Knowledge base: {Problem}", problem.ToString());
        }
        return load;
    }

    /// <summary>The answer to a message: the entry that covers most of it, when that is enough; a statement
    /// ("停电了") only from an entry that answers statements. Null when the base has no answer.</summary>
    public KnowledgeMatch? Answer(string? text, bool isQuestion)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return _index.Search(text)
            .Where(match => isQuestion || match.Entry.AnswersStatements)
            .FirstOrDefault(match => match.Coverage >= _options.MinCoverage);
    }

    /// <summary>The best entries for a message whatever their coverage, for tuning and tests.</summary>
    public IReadOnlyList<KnowledgeMatch> Search(string text) => _index.Search(text);

    /// <summary>Reads every *.md file of a folder (in name order), without touching what is loaded.</summary>
    public static KnowledgeLoad Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new KnowledgeLoad([], [new KnowledgeProblem(folder, 0, "the folder does not exist")]);
        }
        var entries = new List<KnowledgeEntry>();
        var problems = new List<KnowledgeProblem>();
        foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var (found, wrong) = KnowledgeFileParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
            problems.AddRange(wrong);
            foreach (var entry in found)
            {
                if (entries.FirstOrDefault(other => other.Id == entry.Id) is { } first)
                {
                    problems.Add(new KnowledgeProblem(entry.File, entry.Line, $"id '{entry.Id}' is already used at {first.File}:{first.Line}"));
                }
                else
                {
                    entries.Add(entry);
                }
            }
        }
        return new KnowledgeLoad(entries, problems);
    }

    public void Dispose() => _index.Dispose();
}

/// <summary>What a load found: the entries that loaded and the problems of the others.</summary>
public sealed record KnowledgeLoad(IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<KnowledgeProblem> Problems);
