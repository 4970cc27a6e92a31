using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// The tickets' alerts (<c>ticket.*</c>, payload <see cref="TicketAlert"/>), from the <c>alert.ticket.*</c>
/// texts, so an English-speaking recipient reads English.
/// </summary>
public sealed class TicketAlertWording(ITextLocalizer texts) : IAlertWording
{
    // What a grid's group chat also sees: news about the grid's tickets, not what is meant for one person.
    private static readonly HashSet<string> GroupKinds =
        [TicketAlert.Filed, TicketAlert.Supplemented, TicketAlert.Urged, TicketAlert.Transferred];

    private static readonly HashSet<string> TicketKinds =
    [
        TicketAlert.Filed, TicketAlert.Supplemented, TicketAlert.Urged, TicketAlert.FedBack, TicketAlert.Handled, TicketAlert.Closed,
        TicketAlert.Transferred, TicketAlert.Escalated, TicketAlert.ExtensionRequested, TicketAlert.ExtensionDecided, TicketAlert.Reopened,
    ];

    public bool Knows(string kind) => TicketKinds.Contains(kind);

    public RenderedAlert Render(string kind, string payload, string locale)
    {
        var alert = TicketAlert.FromJson(payload);
        string T(string key, params object?[] args) => texts.Get(locale, key, args);
        string Date(DateTimeOffset instant) => ZoneDates.Format(instant, locale);
        var category = T("category." + alert.Category);
        var urgency = T("urgency." + alert.Urgency);
        var stage = T("stage." + alert.Stage);
        var note = alert.Note ?? T("alert.none");

        var text = kind switch
        {
            TicketAlert.Filed => T("alert.ticket.filed", alert.Number, alert.FirmName, alert.GridName, category, urgency, alert.Summary,
                Date(alert.ResponseDueAt), Date(alert.HandleDueAt)),
            TicketAlert.Supplemented => T("alert.ticket.supplemented", alert.Number, alert.FirmName, note, alert.AttachmentCount),
            TicketAlert.Urged => T("alert.ticket.urged", alert.Number, alert.FirmName, alert.Summary, stage, Date(alert.HandleDueAt)),
            TicketAlert.FedBack => T("alert.ticket.fed_back", alert.Number, alert.Actor, note),
            TicketAlert.Handled => T("alert.ticket.handled", alert.Number, alert.Actor, note, alert.AttachmentCount),
            TicketAlert.Closed => T("alert.ticket.closed", alert.Number, alert.Summary),
            TicketAlert.Transferred => T("alert.ticket.transferred", alert.Number, alert.FromGridName, alert.Actor, alert.FirmName, note, alert.Summary,
                Date(alert.HandleDueAt)),
            TicketAlert.Escalated => T("alert.ticket.escalated." + alert.Level, alert.Number, alert.FirmName, alert.GridName,
                T("alert.deadline." + alert.Deadline), Date(alert.Deadline == "response" ? alert.ResponseDueAt : alert.HandleDueAt), stage),
            TicketAlert.ExtensionRequested => T("alert.ticket.extension_requested", alert.Actor, alert.Number, alert.FirmName, alert.Days, note,
                Date(alert.HandleDueAt)),
            TicketAlert.ExtensionDecided => T("alert.ticket.extension_decided." + alert.Decision, alert.Number, alert.Days, Date(alert.HandleDueAt), alert.Actor),
            _ => T("alert.ticket.reopened", alert.Number, alert.FirmName, note, Date(alert.HandleDueAt)),
        };
        // A complaint or a report never reaches the grid's group chat, where its liaison reads.
        return new RenderedAlert(text, alert.Number, alert.GridId, alert.CommunityId, GroupKinds.Contains(kind) && !alert.Confidential);
    }
}
