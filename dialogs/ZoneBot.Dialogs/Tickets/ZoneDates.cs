using System.Globalization;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>Instants as the zone's people read them: their local time, in their language's style.</summary>
public static class ZoneDates
{
    public static string Format(DateTimeOffset instant, string locale) =>
        ZoneTime.ToZoneTime(instant).ToString(
            Locales.Resolve(locale) == Locales.English ? "MMM d, HH:mm" : "M月d日 HH:mm",
            CultureInfo.InvariantCulture);
}
