using System.Text.Json;
using System.Text.RegularExpressions;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The words every prompt understands, by locale: yes and no, cancel, help and restart, and how a
/// choice is picked by its number. They live with the bot's other word lists
/// (<c>dialogs/ZoneBot.Dialogs/Prompts/{locale}.json</c>), which this assembly embeds, and are read once.
/// </summary>
public static class PromptWords
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> ByLocale = new[] { Locales.Chinese, Locales.English }
        .ToDictionary(locale => locale, Read);

    /// <summary>The words of <paramref name="key"/> in one locale, as written in its file; empty when it has none.</summary>
    public static IReadOnlyList<string> Of(string locale, string key) =>
        ByLocale[Locales.Resolve(locale)].GetValueOrDefault(key) ?? [];

    /// <summary>The words of <paramref name="key"/> in every locale, the Chinese first: people mix languages.</summary>
    public static IReadOnlyList<string> All(string key) =>
        [.. ByLocale.Values.SelectMany(words => words.GetValueOrDefault(key) ?? []).Distinct(StringComparer.Ordinal)];

    /// <summary>A regular-expression alternation of <see cref="All"/>, longest first, each word escaped.</summary>
    public static string Alternation(string key) =>
        string.Join('|', All(key).OrderByDescending(word => word.Length).Select(Regex.Escape));

    /// <summary>A character class of the numeral characters (一, 十, 两 …), for patterns that find a numeral in text.</summary>
    public static string NumeralClass() => "[" + Regex.Escape(string.Concat(All("numerals"))) + "]";

    private static Dictionary<string, string[]> Read(string locale)
    {
        var name = $"PromptWords.{locale}.json";
        using var stream = typeof(PromptWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }
}
