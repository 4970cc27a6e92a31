using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// A ticket's history as lines: when, what happened (a move names the stage it reached: 研判, 反馈,
/// 处理完成…), who, and the note. Officers see internal notes marked as such; the firm's history comes
/// from the database without them.
/// </summary>
public static class TicketHistoryText
{
    public static IEnumerable<string> Lines(ITextLocalizer texts, IEnumerable<TicketEvent> history, string locale)
    {
        foreach (var entry in history)
        {
            var when = ZoneDates.Format(entry.CreatedAt, locale);
            var what = entry.Kind == TicketEventKind.StageChanged
                ? texts.Get(locale, "event.reached." + entry.Stage.Code)
                : texts.Get(locale, "event." + entry.Kind.Code);
            yield return string.IsNullOrWhiteSpace(entry.Note) ? texts.Get(locale, "ticket.event", when, what, entry.Actor)
                : entry.IsInternal ? texts.Get(locale, "ticket.event.internal", when, what, entry.Actor, entry.Note)
                : texts.Get(locale, "ticket.event.note", when, what, entry.Actor, entry.Note);
        }
    }
}
