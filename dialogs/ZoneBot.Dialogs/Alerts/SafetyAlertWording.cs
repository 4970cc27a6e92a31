using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// The new tickets that are not the liaison's usual news (payload <see cref="TicketAlert"/>): an emergency (to
/// the liaison and the secretary, and the grid's group), a complaint about staff and a report about a firm (to
/// the secretary only, never the group), from the <c>alert.ticket.emergency|complaint|report</c> texts.
/// </summary>
public sealed class SafetyAlertWording(ITextLocalizer texts) : IAlertWording
{
    private static readonly HashSet<string> Kinds =
        [TicketRouting.Emergency.AlertKind, TicketRouting.Complaint.AlertKind, TicketRouting.Report.AlertKind];

    public bool Knows(string kind) => Kinds.Contains(kind);

    public RenderedAlert Render(string kind, string payload, string locale)
    {
        var alert = TicketAlert.FromJson(payload);
        var key = "alert." + kind;
        var text = texts.Get(locale, key, alert.Number, alert.FirmName, alert.GridName, texts.Get(locale, "category." + alert.Category),
            alert.Summary, ZoneDates.Format(alert.ResponseDueAt, locale));
        return new RenderedAlert(text, alert.Number, alert.GridId, alert.CommunityId, ForGroup: kind == TicketRouting.Emergency.AlertKind);
    }
}
