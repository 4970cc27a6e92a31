using System.Text;
using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// The patterns that find people in a message, built once per locale from the word lists: a surname
/// with a title (王经理, 老王), a marker with a full name (联系人张伟), a person's own name (我叫张伟),
/// a surname alone (我姓陈). Matched on the text with full-width forms folded, case kept.
/// </summary>
public sealed class PersonPatterns
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private readonly Dictionary<string, Patterns> _byLocale = [];
    private readonly EntityWords _words;

    public PersonPatterns(EntityWords words)
    {
        _words = words;
        foreach (var locale in JsonTextLocalizer.SupportedLocales)
        {
            string Words(string key) => words.Alternation(locale, key);
            var surnames = Words("surname");
            var breakers = Words("contact.titleBreakers");
            var familiar = Words("contact.familiar");
            // A name ends where Chinese text stops, or where the phone starts (王小明电话138…).
            var end = $"(?=$|[^{Cjk}]|{Words("contact.phoneWord")})";
            var joiner = $"(?:\\s|{Words("contact.joiner")})*";
            _byLocale[locale] = new Patterns(
                new Regex($"(?<name>(?:{surnames})(?:{Words("contact.title")})" + (breakers.Length > 0 ? $"(?!{breakers})" : string.Empty)
                    + (familiar.Length > 0 ? $"|(?:{familiar})(?:{surnames})" : string.Empty) + ")", Options),
                new Regex($"(?:{Words("contact.marker")}){joiner}(?<name>(?:{surnames})[{Cjk}]{{1,2}}?){end}", Options),
                new Regex($"(?:{Words("person.marker")}){joiner}(?<name>(?:{surnames})[{Cjk}]{{1,3}}?){end}", Options),
                new Regex($"(?:{Words("contact.surnameOnly")})\\s*(?<name>{surnames})(?![{Cjk}])", Options),
                new Regex($"(?:{Words("person.marker")}|{Words("contact.marker")}){joiner}(?<name>(?:(?:{Words("person.honorific")})\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)", Options | RegexOptions.IgnoreCase));
        }
    }

    /// <summary>A surname with a title or 老/小 (王经理, 李总, 老王).</summary>
    public string? Titled(string text, string locale) =>
        Name(For(locale).Titled, text) is { } name && !_words.For(locale, "contact.notTitled").Contains(name) ? name : null;

    /// <summary>A full name after a contact marker (联系人张伟).</summary>
    public string? Marked(string text, string locale) => Name(For(locale).Marked, text);

    /// <summary>A surname alone (我姓陈 → 陈).</summary>
    public string? SurnameOnly(string text, string locale) => Name(For(locale).SurnameOnly, text);

    /// <summary>A person's own name after 我叫, 我是, 姓名; not a title (我是王经理 is a contact, not a name).</summary>
    public string? Named(string text, string locale)
    {
        var name = Name(For(locale).Named, text) ?? EnglishName(text, locale);
        return name is not null && _words.For(locale, "contact.title").Any(title => name.EndsWith(title, StringComparison.Ordinal)) ? null : name;
    }

    private string? EnglishName(string text, string locale)
    {
        var name = Name(For(locale).English, text);
        // "I am worried" is not a name: English names are capitalised.
        return name is not null && char.IsUpper(name.Split(' ')[^1][0])
            && !_words.For(locale, "person.notName").Contains(TextNormalizer.Normalize(name)) ? name : null;
    }

    private Patterns For(string locale) => _byLocale[Locales.Resolve(locale)];

    private static string? Name(Regex pattern, string text) =>
        pattern.Match(text.Normalize(NormalizationForm.FormKC)) is { Success: true } match ? match.Groups["name"].Value : null;

    private sealed record Patterns(Regex Titled, Regex Marked, Regex Named, Regex SurnameOnly, Regex English);
}
