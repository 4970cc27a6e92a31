using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Safety;

/// <summary>
/// The words of <c>Safety/requests.{locale}.json</c>: asking for a person (转人工), a complaint about staff,
/// a report about another firm (举报), the marks of a question, ending or accepting a relay, and whether an
/// answer helped. A phrase of one or two characters ("找人", "接") must be the whole message, a longer one
/// may be part of it; the words of a complaint or a report may be anywhere. Both locales' lists are read, the chat's own first.
/// </summary>
public sealed class SafetyWords
{
    public const string Person = "person";
    public const string Complaint = "complaint";
    public const string Report = "report";
    public const string End = "end";
    public const string Accept = "accept";
    public const string HelpedNo = "helped.no";
    public const string HelpedYes = "helped.yes";
    public const string KnowledgeReload = "knowledge.reload";
    public const string RelayFile = "relay.file";

    /// <summary>Words that name the liaison or the grid: a question with them is for 找社管员, not the knowledge base.</summary>
    public const string LiaisonWords = "liaison";

    private const string Question = "question";

    // A complaint, a report or the liaison is named by short words anywhere in a sentence ("举报", "偷排", "网格").
    private static readonly HashSet<string> Anywhere = [Complaint, Report, LiaisonWords];

    private readonly Dictionary<string, Dictionary<string, string[]>> _byLocale;

    public SafetyWords()
    {
        _byLocale = JsonTextLocalizer.SupportedLocales.ToDictionary(
            locale => locale,
            locale => EmbeddedJson.Read<Dictionary<string, string[]>>($"Safety.requests.{locale}.json")
                .ToDictionary(pair => pair.Key, pair => pair.Value.Select(TextNormalizer.Normalize).Where(word => word.Length > 0).ToArray()));
    }

    /// <summary>Whether the message is one of the list's phrases (short ones whole, longer ones anywhere in it).</summary>
    public bool Matches(string list, string? text)
    {
        var message = TextNormalizer.NormalizeAnswer(text);
        var anywhere = Anywhere.Contains(list);
        return message.Length > 0 && Words(list).Any(phrase =>
            phrase == message || ((anywhere || phrase.Length > 2) && message.Contains(phrase, StringComparison.Ordinal)));
    }

    /// <summary>A question rather than a statement: it holds a question mark or word ("怎么", "找谁", "吗", "how").</summary>
    public bool IsQuestion(string? text)
    {
        var message = TextNormalizer.Normalize(text);
        return Words(Question).Any(mark => message.Contains(mark, StringComparison.Ordinal));
    }

    /// <summary>The words of a list in the chat's locale, for the synonyms of a choice.</summary>
    public IReadOnlyList<string> Of(string list, string locale) => _byLocale[Locales.Resolve(locale)].GetValueOrDefault(list) ?? [];

    private IEnumerable<string> Words(string list) => _byLocale.Values.SelectMany(words => words.GetValueOrDefault(list) ?? []);
}
