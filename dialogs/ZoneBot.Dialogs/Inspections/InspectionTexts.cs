using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>How inspections read in the chat, in the user's locale: items by their short names, levels, colours, due days, hazard lines.</summary>
public sealed class InspectionTexts(ITextLocalizer texts)
{
    public string Get(string locale, string key, params object?[] args) => texts.Get(locale, key, args);

    public static string ItemName(string code, string locale) => Checklists.Shipped.Item(code)?.ShortName(locale) ?? code;

    public string Level(string code, string locale) => texts.Get(locale, "inspection.level." + code);

    public string Colour(FirmColour colour, string locale) => texts.Get(locale, "inspection.colour." + colour.Code);

    /// <summary>The last day to rectify by, as a date (“12月4日”).</summary>
    public string Day(DateOnly day, string locale) => day.ToString(texts.Get(locale, "inspection.format.date"), System.Globalization.CultureInfo.InvariantCulture);

    public string Due(DateTimeOffset dueAt, string locale) => Day(RectificationDeadlines.LastDay(dueAt), locale);

    /// <summary>One hazard of a list: “1. 消防通道：通道堆放纸箱（一般隐患，12月4日前）”.</summary>
    public string Line(int number, HazardAlertLine line, string locale) =>
        texts.Get(locale, "inspection.hazard.line", number, ItemName(line.ItemCode, locale), line.Note, Level(line.Level, locale), Due(line.DueAt, locale));

    /// <summary>A firm's hazard with where it stands: to rectify, waiting for 复查, more time asked.</summary>
    public string Status(HazardView hazard, string locale, DateTimeOffset now) =>
        texts.Get(locale, "inspection.status." + hazard.Status)
        + (hazard.Status == HazardStatus.Open && hazard.DueAt < now ? texts.Get(locale, "inspection.overdue") : string.Empty);
}
