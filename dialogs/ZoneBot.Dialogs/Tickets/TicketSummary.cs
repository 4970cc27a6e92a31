using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>The summary of a draft that the user confirms or corrects before it is filed.</summary>
public sealed class TicketSummary(ITextLocalizer texts, FirmDirectory firms)
{
    public async Task<string> DescribeAsync(TicketDraft draft, string locale, CancellationToken ct)
    {
        string Text(string key, params object?[] args) => texts.Get(locale, key, args);
        var none = Text("fileIssue.summary.none");
        var firm = await firms.FindByIdAsync(draft.FirmId, ct);
        string[] lines =
        [
            Text("fileIssue.summary.title"),
            Text("fileIssue.summary.firm", firm?.Name),
            Text("fileIssue.summary.category", draft.Category is { } category ? Text("category." + category.Code) : none),
            Text("fileIssue.summary.description", draft.Description),
            Text("fileIssue.summary.location", draft.Location ?? none),
            Text("fileIssue.summary.urgency", draft.Urgency is { } urgency ? Text("urgency." + urgency.Code) : none),
            Text("fileIssue.summary.photos", draft.Photos.Count),
            Text("fileIssue.summary.contact", draft.ContactName, draft.ContactPhone),
            Text("fileIssue.summary.visitTime", VisitText(draft, locale) ?? none),
        ];
        return string.Join("\n", lines);
    }

    /// <summary>The visit time in words: a date and time, 尽快, 随时; null when none was given.</summary>
    public string? VisitText(TicketDraft draft, string locale) =>
        draft.PreferredVisitAt is { } visit ? ZoneDates.Format(visit, locale)
        : draft.VisitWish is { } wish ? texts.Get(locale, "visitWish." + wish)
        : null;
}
