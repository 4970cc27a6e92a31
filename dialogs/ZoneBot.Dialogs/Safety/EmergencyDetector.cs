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
/// </summary>
public sealed class EmergencyDetector
{
    private static readonly string[] CallOrder = ["119", "120", "110"];

    private readonly List<Lists> _lists;

    public EmergencyDetector()
    {
        _lists = [.. JsonTextLocalizer.SupportedLocales.Select(locale => new Lists(EmbeddedJson.Read<EmergencyFile>($"Safety.emergencies.{locale}.json")))];
    }

    /// <summary>The emergency the message tells of; null when it tells of none.</summary>
    public Emergency? Detect(string? text)
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0)
        {
            return null;
        }
        var kinds = new List<string>();
        var calls = new HashSet<string>();
        foreach (var lists in _lists)
        {
            var rest = lists.Ignore.Aggregate(message, (current, phrase) => current.Replace(phrase, " ", StringComparison.Ordinal));
            foreach (var (kind, call, words) in lists.Kinds)
            {
                if (words.Any(word => Contains(rest, word)) && !kinds.Contains(kind))
                {
                    kinds.Add(kind);
                    calls.Add(call);
                }
            }
        }
        return kinds.Count == 0 ? null : new Emergency(kinds, [.. CallOrder.Where(calls.Contains), .. calls.Except(CallOrder)]);
    }

    private static bool Contains(string message, string word) =>
        word.All(char.IsAscii)
            ? Regex.IsMatch(message, @"\b" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant)
            : message.Contains(word, StringComparison.Ordinal);

    private sealed class Lists(EmergencyFile file)
    {
        // Longest first, so "没有人受伤" is taken out before "受伤" could be.
        public IReadOnlyList<string> Ignore { get; } =
            [.. file.Ignore.Select(TextNormalizer.Normalize).Where(phrase => phrase.Length > 0).OrderByDescending(phrase => phrase.Length)];

        public IReadOnlyList<(string Kind, string Call, IReadOnlyList<string> Words)> Kinds { get; } =
            [.. file.Kinds.Select(pair => (pair.Key, pair.Value.Call, (IReadOnlyList<string>)[.. pair.Value.Words.Select(TextNormalizer.Normalize)]))];
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
