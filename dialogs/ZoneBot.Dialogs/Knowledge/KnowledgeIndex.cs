using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ZoneBot.Dialogs.Knowledge;

/// <summary>
/// The entries in a Lucene index in memory, segmented by SmartCn ("停电了，整个园区都没电" → 停电/了/整个/园区/都/没/电).
/// Lucene finds the candidates by the message's words (title and question forms count most); of those, the
/// one that covers most of the message wins (<see cref="KnowledgeMatch.Coverage"/>: the message's words
/// weighted by how few entries have them, a word of the title or questions counting whole, one only in the
/// answer half), so a message that merely shares "园区" or "公司" with an entry is not answered from it.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TitleField = "title";
    private const string QuestionsField = "questions";
    private const string AnswerField = "answer";

    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, KnowledgeEntry> _entries;
    private readonly Dictionary<string, HashSet<string>> _askedWords;
    private readonly Dictionary<string, HashSet<string>> _answerWords;
    private readonly Dictionary<string, int> _entriesWithWord = new(StringComparer.Ordinal);

    // Words that say nothing about which answer is meant ("我们", "怎么", "找"): not weighed.
    private static readonly HashSet<string> Ignored =
        [.. Localization.EmbeddedJson.Read<string[]>("Knowledge.ignored-words.json")];

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var entry in entries)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, entry.Id, Field.Store.YES),
                    new TextField(TitleField, entry.Title, Field.Store.NO),
                    new TextField(QuestionsField, string.Join("\n", entry.Questions), Field.Store.NO),
                    new TextField(AnswerField, entry.Answer, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _askedWords = entries.ToDictionary(
            entry => entry.Id,
            entry => Words(entry.Title + "\n" + string.Join("\n", entry.Questions)).ToHashSet(StringComparer.Ordinal));
        _answerWords = entries.ToDictionary(entry => entry.Id, entry => Words(entry.Answer).ToHashSet(StringComparer.Ordinal));
        foreach (var word in _askedWords.Values.SelectMany(words => words))
        {
            _entriesWithWord[word] = _entriesWithWord.GetValueOrDefault(word) + 1;
        }
    }

    public int Count => _entries.Count;

    /// <summary>The best entries for the message, most covering first.</summary>
    public IReadOnlyList<KnowledgeMatch> Search(string text, int count = 5)
    {
        var words = Words(text).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || _entries.Count == 0)
        {
            return [];
        }
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(TitleField, word)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(QuestionsField, word)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(AnswerField, word)) { Boost = 0.3f }, Occur.SHOULD);
        }
        return [.. _searcher.Search(query, count).ScoreDocs
            .Select(hit => _entries[_searcher.Doc(hit.Doc).Get(IdField)])
            .Select(entry => new KnowledgeMatch(entry, Coverage(words, entry)))
            .OrderByDescending(match => match.Coverage)];
    }

    /// <summary>How much of the message's weight (rare words weigh more) the entry's title and questions hold.</summary>
    private double Coverage(IReadOnlyList<string> all, KnowledgeEntry entry)
    {
        var words = all.Where(word => !Ignored.Contains(word)).ToList();
        var asked = _askedWords[entry.Id];
        var answer = _answerWords[entry.Id];
        double Weight(string word) => Math.Log(1.0 + (double)_entries.Count / (1 + _entriesWithWord.GetValueOrDefault(word)));
        double Found(string word) => asked.Contains(word) ? 1.0 : answer.Contains(word) ? 0.5 : 0.0;
        var total = words.Sum(Weight);
        return total <= 0 ? 0 : words.Sum(word => Weight(word) * Found(word)) / total;
    }

    /// <summary>The words SmartCn makes of a text (punctuation and its stop words dropped).</summary>
    public IEnumerable<string> Words(string text)
    {
        using var stream = _analyzer.GetTokenStream(AnswerField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var words = new List<string>();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

/// <summary>An entry found for a message, and how much of the message its questions cover (0 to 1).</summary>
public sealed record KnowledgeMatch(KnowledgeEntry Entry, double Coverage);
