using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// A ticket as its officer reads it: the firm, the grid, the contact with the phone in full (they are
/// responsible for it; no one else sees this view), the deadlines, the history and any waiting 申请延期.
/// </summary>
public sealed class OfficerTicketView(ITextLocalizer texts)
{
    public string Describe(OfficerTicket view, string locale, DateTimeOffset now)
    {
        string T(string key, params object?[] args) => texts.Get(locale, key, args);
        var details = view.Details;
        var ticket = details.Ticket;
        var lines = new List<string>
        {
            T("ticket.header", ticket.Number, T("stage." + ticket.Stage.Code)) + (ticket.IsOverdueAt(now) ? T("officerTicket.overdue") : string.Empty),
            T("officerTicket.firm", details.FirmName, details.GridName),
            T("ticket.category", T("category." + ticket.Category.Code), T("urgency." + ticket.Urgency.Code)),
            T("ticket.description", ticket.Description),
        };
        if (!string.IsNullOrWhiteSpace(ticket.Location))
        {
            lines.Add(T("officerTicket.location", ticket.Location));
        }
        lines.Add(T("officerTicket.contact", ticket.ContactName, ticket.ContactPhone));
        if (ticket.PreferredVisitAt is { } visit)
        {
            lines.Add(T("officerTicket.visit", ZoneDates.Format(visit, locale)));
        }
        lines.Add(T("ticket.due", ZoneDates.Format(ticket.ResponseDueAt, locale), ZoneDates.Format(ticket.HandleDueAt, locale)));
        if (ticket.Rating is { } rating)
        {
            lines.Add(T("officerTicket.rating", T("rating." + rating.Code), ticket.RatingComment ?? T("alert.none")));
        }
        if (view.Extension is { } extension)
        {
            lines.Add(T("officerTicket.extension", extension.RequestedBy, extension.Days, extension.Reason));
        }
        lines.Add(T("ticket.history"));
        lines.AddRange(TicketHistoryText.Lines(texts, details.History, locale));
        if (details.Attachments.Count > 0)
        {
            lines.Add(T("ticket.attachments", details.Attachments.Count));
        }
        return string.Join("\n", lines);
    }
}
