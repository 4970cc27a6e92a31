using System.Globalization;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>Instants as the zone's people read them: their local time, in the format of their locale file (<c>format.dateTime</c>).</summary>
public static class ZoneDates
{
    // The locale files are embedded and never change at run time: read once.
    private static readonly Lazy<JsonTextLocalizer> Texts = new(() => new JsonTextLocalizer());

    public static string Format(DateTimeOffset instant, string locale) =>
        ZoneTime.ToZoneTime(instant).ToString(Texts.Value.Get(locale, "format.dateTime"), CultureInfo.InvariantCulture);
}
