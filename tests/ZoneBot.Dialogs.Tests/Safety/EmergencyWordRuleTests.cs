using System.Text.Json;
using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tests.Understanding.ConversationSet;

namespace ZoneBot.Dialogs.Tests.Safety;

/// <summary>
/// The screen searches its word lists with matchers built once; what it finds must be what the rule says word by word
/// (ignored phrases out, longest first; then any word of a kind, English ones as whole words), spelled out here the
/// slow way, over every message of the test sets and every word and ignored phrase said in a sentence.
/// </summary>
public sealed class EmergencyWordRuleTests
{
    private static readonly EmergencyDetector Detector = new();

    private static readonly string[] Locales = ["zh-CN", "en-US"];

    [Fact]
    public void The_screen_finds_what_the_word_lists_say_word_by_word()
    {
        var files = Locales.Select(Read).ToList();
        var messages = Messages(files).Distinct().ToList();
        var differences = new List<string>();
        var emergencies = 0;
        foreach (var message in messages)
        {
            var expected = ByTheRule(files, message);
            var found = Detector.Detect(message) is { } emergency ? string.Join(",", emergency.Kinds) + " → " + string.Join(",", emergency.Calls) : null;
            emergencies += found is null ? 0 : 1;
            if (found != expected)
            {
                differences.Add($"“{message}”: {found ?? "none"} (the rule: {expected ?? "none"})");
            }
        }
        Assert.Empty(differences);
        Assert.True(emergencies > 100 && emergencies < messages.Count - 100, $"{emergencies} of {messages.Count} messages are emergencies: the set must hold both");
    }

    // Every word alone, inside a sentence, glued to letters (not a whole word in English), with an ignored phrase beside it.
    private static IEnumerable<string> Messages(List<ListFile> files)
    {
        var set = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", "emergency-messages.json")));
        foreach (var emergency in set.GetProperty("emergencies").EnumerateArray())
        {
            yield return emergency.GetProperty("text").GetString()!;
        }
        foreach (var other in set.GetProperty("others").EnumerateArray())
        {
            yield return other.GetString()!;
        }
        foreach (var message in LabelledMessage.LoadAll())
        {
            yield return message.Text;
        }
        var ignored = files.SelectMany(file => file.Ignore).ToList();
        foreach (var word in files.SelectMany(file => file.Kinds.Values).SelectMany(kind => kind.Words))
        {
            yield return word;
            yield return "我们这里" + word + "了，快来";
            yield return "Help, " + word.ToUpperInvariant() + " at gate 3!";
            yield return "x" + word + "s";
            yield return word + " " + ignored[word.Length % ignored.Count];
        }
        foreach (var phrase in ignored)
        {
            yield return phrase;
            yield return "仓库的" + phrase + "坏了";
        }
    }

    private static string? ByTheRule(List<ListFile> files, string text)
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0)
        {
            return null;
        }
        var kinds = new List<string>();
        var calls = new List<string>();
        foreach (var file in files)
        {
            var rest = message;
            foreach (var phrase in file.Ignore.Select(TextNormalizer.Normalize).Where(phrase => phrase.Length > 0).OrderByDescending(phrase => phrase.Length))
            {
                rest = rest.Replace(phrase, " ", StringComparison.Ordinal);
            }
            foreach (var (kind, list) in file.Kinds)
            {
                var said = list.Words.Select(TextNormalizer.Normalize).Where(word => word.Length > 0).Any(word => word.All(char.IsAscii)
                    ? new Regex(@"\b" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant).IsMatch(rest)
                    : rest.Contains(word, StringComparison.Ordinal));
                if (said && !kinds.Contains(kind))
                {
                    kinds.Add(kind);
                    if (!calls.Contains(list.Call))
                    {
                        calls.Add(list.Call);
                    }
                }
            }
        }
        string[] order = ["119", "120", "110"];
        return kinds.Count == 0 ? null : string.Join(",", kinds) + " → " + string.Join(",", [.. order.Where(calls.Contains), .. calls.Except(order)]);
    }

    private static ListFile Read(string locale)
    {
        using var stream = typeof(EmergencyDetector).Assembly.GetManifestResourceStream($"Safety.emergencies.{locale}.json")!;
        return JsonSerializer.Deserialize<ListFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record ListFile(string[] Ignore, Dictionary<string, KindList> Kinds);

    private sealed record KindList(string Call, string[] Words);
}
