using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Firms;

/// <summary>
/// A firm's name as a reply shows it: the registered Chinese name, and in English the English name
/// beside it when the roster gives one (the Chinese name is the one on the gate and the documents).
/// </summary>
public static class FirmNames
{
    public static string Of(ITextLocalizer texts, FirmListing firm, string locale) =>
        locale != Locales.Chinese && !string.IsNullOrWhiteSpace(firm.EnglishName)
            ? texts.Get(locale, "firm.bothNames", firm.Name, firm.EnglishName)
            : firm.Name;
}
