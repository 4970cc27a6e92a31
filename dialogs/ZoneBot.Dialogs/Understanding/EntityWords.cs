using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// The words the recognizers look for, from <c>Entities/{locale}.json</c>, loaded once. A list for a
/// locale holds its own words first, then the other locale's (people mix: "asap" in a Chinese chat),
/// each normalised, longest first so that "不紧急" is seen before "紧急".
/// </summary>
public sealed class EntityWords
{
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<string>>> _byLocale;

    public EntityWords()
    {
        var files = JsonTextLocalizer.SupportedLocales.ToDictionary(
            locale => locale,
            locale => EmbeddedJson.Read<Dictionary<string, string[]>>($"Entities.{locale}.json"));
        _byLocale = files.ToDictionary(
            own => own.Key,
            own => own.Value.Keys.Concat(files.Values.SelectMany(other => other.Keys)).Distinct().ToDictionary(
                key => key,
                key => (IReadOnlyList<string>)[.. own.Value.GetValueOrDefault(key, [])
                    .Concat(files.Where(other => other.Key != own.Key).SelectMany(other => other.Value.GetValueOrDefault(key, [])))
                    .Select(TextNormalizer.Normalize)
                    .Where(word => word.Length > 0)
                    .Distinct()
                    .OrderByDescending(word => word.Length)]));
        SoundAlike = new SoundAlikeCharacters(files.Values.SelectMany(file => file.GetValueOrDefault("soundAlike", [])));
    }

    /// <summary>Characters that sound alike, for the firm search.</summary>
    public SoundAlikeCharacters SoundAlike { get; }

    public IReadOnlyList<string> For(string locale, string key) =>
        _byLocale[Locales.Resolve(locale)].GetValueOrDefault(key) ?? [];

    /// <summary>The longest word of the list that the normalised text contains, or null.</summary>
    public string? FirstIn(string normalizedText, string locale, string key) =>
        For(locale, key).FirstOrDefault(word => normalizedText.Contains(word, StringComparison.Ordinal));

    /// <summary>A regular-expression alternation of the list, longest first, each word escaped.</summary>
    public string Alternation(string locale, string key) =>
        string.Join('|', For(locale, key).Select(System.Text.RegularExpressions.Regex.Escape));
}
