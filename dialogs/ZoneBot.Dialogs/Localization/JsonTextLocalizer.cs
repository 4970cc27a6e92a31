using System.Globalization;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Localization;

/// <summary>
/// Every user-facing text of the bot, from <c>Locales/zh-CN.json</c> and <c>Locales/en-US.json</c>.
/// A missing key is a bug, so it throws instead of showing the key to a user.
/// </summary>
public sealed class JsonTextLocalizer : ITextLocalizer
{
    public static readonly IReadOnlyList<string> SupportedLocales = [Locales.Chinese, Locales.English];

    private readonly Dictionary<string, Dictionary<string, string>> _texts;

    public JsonTextLocalizer()
    {
        _texts = SupportedLocales.ToDictionary(
            locale => locale,
            locale => EmbeddedJson.Read<Dictionary<string, string>>($"Locales.{locale}.json"));
    }

    public IReadOnlyDictionary<string, string> TextsOf(string locale) => _texts[locale];

    public string Get(string locale, string key, params object?[] args)
    {
        var texts = _texts[Locales.Resolve(locale)];
        if (!texts.TryGetValue(key, out var format))
        {
            throw new KeyNotFoundException($"Text '{key}' is missing from locale {locale}.");
        }
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
