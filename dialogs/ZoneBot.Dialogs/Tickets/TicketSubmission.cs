using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ZoneBot.Data;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Officers;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>Files a confirmed draft and tells the firm its number, who handles it and by when.</summary>
public sealed class TicketSubmission(ITextLocalizer texts, TicketFiling filing, ChatPresence presence, Menu menu, ILogger<TicketSubmission> logger, TicketSummary summary)
{
    public async Task SubmitAsync(ITurnContext turn, TicketDraft draft, CancellationToken ct)
    {
        var user = ChatUser.Of(turn);
        // Where to tell the filer when the ticket moves (反馈, 处理完成, 办结), kept before the ticket exists.
        await presence.SaveAsync(user.ChannelId, user.UserId, ConversationReferences.Of(turn), ct);
        var locale = Locales.Resolve(turn.Activity.Locale);
        // A wish without a clock time (尽快, 随时) has no column of its own: the officer reads it with the description.
        var description = draft.VisitWish is null
            ? draft.Description!
            : draft.Description + texts.Get(locale, "fileIssue.visitWish.note", summary.VisitText(draft, locale));
        var filed = await filing.FileAsync(new NewTicket(
            draft.FirmId,
            draft.Category!.Value,
            description,
            draft.Location,
            draft.Urgency!.Value,
            draft.ContactName!,
            draft.ContactPhone!,
            draft.PreferredVisitAt,
            [.. draft.Photos.Select(photo => new NewTicketAttachment(photo.Name, photo.ContentType, photo.Url))],
            user.ChannelId,
            user.UserId), ct);
        logger.LogInformation("Ticket {Number} filed for firm {FirmId}", filed.Number, draft.FirmId);

        var handler = filed.LiaisonName is null
            ? texts.Get(locale, "fileIssue.filed.noLiaison", filed.GridName)
            : texts.Get(locale, "fileIssue.filed.liaison", filed.GridName, filed.LiaisonName, filed.LiaisonPhone);
        var text = string.Join("\n",
            texts.Get(locale, "fileIssue.filed", filed.Number),
            handler,
            texts.Get(locale, "fileIssue.filed.due", ZoneDates.Format(filed.ResponseDueAt, locale), ZoneDates.Format(filed.HandleDueAt, locale)),
            texts.Get(locale, "fileIssue.filed.followUp"));
        await turn.SendActivityAsync(menu.Create(turn, text), ct);
    }
}
