using System.Buffers;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Safety;

/// <summary>
/// Finds emergencies in a message from the word lists of <c>Safety/emergencies.{locale}.json</c>: the
/// phrases of "ignore" are taken out first ("消防通道被堵" is about a fire lane, not a fire), then any word of
/// a kind makes the message an emergency of that kind. Both locales' lists are read, whatever the chat's
/// locale: "fire!" typed in a Chinese chat is still a fire. English words match whole words only.
/// Every message of every step is screened, so the lists are searched with matchers built once: a message
/// that holds no word of any kind is done in one pass.
/// </summary>
public sealed class EmergencyDetector
{
    private static readonly string[] CallOrder = ["119", "120", "110"];

    private readonly List<Lists> _lists;

    // Every kind word of both locales, cut at its spaces: a message without any of these pieces names no
    // kind, even once ignored phrases are taken out (that only removes text and puts spaces in its place).
    private readonly SearchValues<string> _anyPiece;

    public EmergencyDetector()
    {
        _lists = [.. JsonTextLocalizer.SupportedLocales.Select(locale => new Lists(EmbeddedJson.Read<EmergencyFile>($"Safety.emergencies.{locale}.json")))];
        _anyPiece = SearchValues.Create(
            [.. _lists.SelectMany(lists => lists.Kinds).SelectMany(kind => kind.Words).SelectMany(word => word.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()],
            StringComparison.Ordinal);
    }

    /// <summary>The emergency the message tells of; null when it tells of none.</summary>
    public Emergency? Detect(string? text)
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0 || !message.AsSpan().ContainsAny(_anyPiece))
        {
            return null;
        }
        var kinds = new List<string>();
        var calls = new HashSet<string>();
        foreach (var lists in _lists)
        {
            var rest = message.AsSpan().ContainsAny(lists.AnyIgnored)
                ? lists.Ignore.Aggregate(message, (current, phrase) => current.Replace(phrase, " ", StringComparison.Ordinal))
                : message;
            foreach (var kind in lists.Kinds)
            {
                if (kind.IsIn(rest) && !kinds.Contains(kind.Name))
                {
                    kinds.Add(kind.Name);
                    calls.Add(kind.Call);
                }
            }
        }
        return kinds.Count == 0 ? null : new Emergency(kinds, [.. CallOrder.Where(calls.Contains), .. calls.Except(CallOrder)]);
    }

    private sealed class Lists(EmergencyFile file)
    {
        // Longest first, so "没有人受伤" is taken out before "受伤" could be.
        public IReadOnlyList<string> Ignore { get; } =
            [.. file.Ignore.Select(TextNormalizer.Normalize).Where(phrase => phrase.Length > 0).OrderByDescending(phrase => phrase.Length)];

        public SearchValues<string> AnyIgnored { get; } =
            SearchValues.Create([.. file.Ignore.Select(TextNormalizer.Normalize).Where(phrase => phrase.Length > 0)], StringComparison.Ordinal);

        public IReadOnlyList<Kind> Kinds { get; } =
            [.. file.Kinds.Select(pair => new Kind(pair.Key, pair.Value.Call, [.. pair.Value.Words.Select(TextNormalizer.Normalize).Where(word => word.Length > 0)]))];
    }

    /// <summary>
    /// One kind's words: the others anywhere in the message, the English (ASCII) ones as whole words, each
    /// set searched by one matcher built here.
    /// </summary>
    private sealed class Kind
    {
        private readonly SearchValues<string> _anywhere;
        private readonly SearchValues<string> _asciiParts;
        private readonly Regex? _asciiWholeWords;

        public Kind(string name, string call, IReadOnlyList<string> words)
        {
            (Name, Call, Words) = (name, call, words);
            _anywhere = SearchValues.Create([.. words.Where(word => !word.All(char.IsAscii))], StringComparison.Ordinal);
            var ascii = words.Where(word => word.All(char.IsAscii)).ToArray();
            _asciiParts = SearchValues.Create(ascii, StringComparison.Ordinal);
            // \b(?:a|b)\b matches where \ba\b or \bb\b would: the alternation is tried at every position.
            _asciiWholeWords = ascii.Length == 0 ? null
                : new Regex(@"\b(?:" + string.Join('|', ascii.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        }

        public string Name { get; }

        public string Call { get; }

        public IReadOnlyList<string> Words { get; }

        public bool IsIn(string message) =>
            message.AsSpan().ContainsAny(_anywhere)
            || (_asciiWholeWords is not null && message.AsSpan().ContainsAny(_asciiParts) && _asciiWholeWords.IsMatch(message));
    }

    private sealed class EmergencyFile
    {
        [JsonPropertyName("ignore")]
        public string[] Ignore { get; set; } = [];

        [JsonPropertyName("kinds")]
        public Dictionary<string, EmergencyKind> Kinds { get; set; } = [];
    }

    private sealed class EmergencyKind
    {
        [JsonPropertyName("call")]
        public string Call { get; set; } = string.Empty;

        [JsonPropertyName("words")]
        public string[] Words { get; set; } = [];
    }
}
