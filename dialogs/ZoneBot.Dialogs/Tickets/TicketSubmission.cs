using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Turns;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>Files a confirmed draft and tells the firm its number, who handles it and by when.</summary>
public sealed class TicketSubmission(ITextLocalizer texts, TicketFiling filing, ChatPresence presence, Menu menu, TicketSummary summary)
{
    public async Task SubmitAsync(ITurnContext turn, TicketDraft draft, CancellationToken ct)
    {
        var user = ChatUser.Of(turn);
        // Where to tell the filer when the ticket moves (反馈, 处理完成, 办结), saved with this turn.
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
            user.UserId,
            draft.Routing,
            // A channel's retry of this message, after a filing that committed and a turn that did not, gets the same ticket.
            ActivityKeys.Of(turn.Activity)?.Format()), ct);

        // Says what is true: told now only when the liaison has a chat; otherwise when they bind, with the office to call meanwhile.
        var handler = draft.Routing.IsSecretaryOnly ? texts.Get(locale, "safety.filed." + draft.Routing.Code)
            : filed.LiaisonName is null
            ? texts.Get(locale, "fileIssue.filed.noLiaison", filed.GridName, filed.OfficePhone)
            : filed.LiaisonBound
                ? texts.Get(locale, "fileIssue.filed.liaison", filed.GridName, filed.LiaisonName, filed.LiaisonPhone)
                : texts.Get(locale, "fileIssue.filed.liaisonNotBound", filed.GridName, filed.LiaisonName, filed.LiaisonPhone, filed.OfficePhone);
        if (draft.Routing == TicketRouting.Emergency)
        {
            handler += "\n" + texts.Get(locale, "safety.filed.emergency");
        }
        var text = string.Join("\n",
            texts.Get(locale, "fileIssue.filed", filed.Number),
            handler,
            texts.Get(locale, "fileIssue.filed.due", ZoneDates.Format(filed.ResponseDueAt, locale), ZoneDates.Format(filed.HandleDueAt, locale)),
            texts.Get(locale, "fileIssue.filed.followUp"));
        await turn.SendActivityAsync(menu.Create(turn, text), ct);
    }
}
