using System.Text.RegularExpressions;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// Where in or near the firm: a numbered place ("3号车间", "2号仓库"), a road and number ("新兴大道18号"),
/// or a place word with what qualifies it ("厂区东门", "厂门口", "仓库旁边"); places side by side are one
/// ("厂区东门仓库"), and a side of the firm alone ("厂区后面", "我们厂东侧"); else a road of the zone
/// ("新兴大道上的…"). The first place the message names is taken.
/// </summary>
public sealed class LocationRecognizer : IEntityRecognizer
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";

    private readonly EntityWords _words;
    private readonly FirmDirectory? _firms;
    private readonly Dictionary<string, (Regex Numbered, Regex Place)> _byLocale = [];

    public LocationRecognizer(EntityWords words, FirmDirectory? firms = null)
    {
        _words = words;
        _firms = firms;
        foreach (var locale in JsonTextLocalizer.SupportedLocales)
        {
            string Words(string key) => words.Alternation(locale, key);
            // Digits, or the Chinese numerals one to ten.
            const string number = @"(?:\d+|[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3})";
            var numbered = $"(?:{Words("location.prefix")})?{number}\\s*(?:{Words("location.numbered")})(?:{Words("location.side")})?"
                + $"|[{Cjk}]{{2,6}}?(?:{Words("location.roadSuffix")})\\s*\\d+\\s*(?:{Words("location.numberMark")})"
                + $"|(?:{Words("location.numbered")})\\s*(?:{Words("location.numberMark")})?\\s*\\d+";
            var place = $"(?:(?:{Words("location.prefix")})\\s*)*(?:(?:{Words("location.place")})\\s*)+(?:{Words("location.side")})?"
                + $"|(?:{Words("location.prefix")})(?:{Words("location.side")})";
            _byLocale[locale] = (
                new Regex(numbered, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
                new Regex(place, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
        }
    }

    public MessageFact Finds => MessageFact.Location;

    public async ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.Location ??= Find(utterance.Text, utterance.Locale);
        if (facts.Location is null && _firms is not null)
        {
            facts.Location = (await _firms.RoadsAsync(ct)).FirstOrDefault(road => utterance.Text.Contains(road, StringComparison.Ordinal));
        }
    }

    public string? Find(string text, string locale)
    {
        var (numbered, place) = _byLocale[Locales.Resolve(locale)];
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC);
        var found = new[] { numbered.Match(folded), place.Match(folded) }
            .Where(match => match.Success && match.Value.Trim().Length > 1)
            .OrderBy(match => match.Index)
            .ThenByDescending(match => match.Length)
            .FirstOrDefault();
        return found?.Value.Trim();
    }

    /// <summary>The numbered places and road numbers of a text, blanked: "3号车间" is no date.</summary>
    public string WithoutNumberedPlaces(string text, string locale) =>
        _byLocale[Locales.Resolve(locale)].Numbered.Replace(text.Normalize(System.Text.NormalizationForm.FormKC), " ");
}
