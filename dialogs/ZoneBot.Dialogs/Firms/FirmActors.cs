using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Firms;

/// <summary>
/// Who is acting on a firm's ticket, as the history will name them: the contact name this chat user gave
/// on their last ticket, else the name their channel shows, else "a firm user"; always with their channel
/// user id. Never the ticket's contact: the person who urges may not be the person who filed.
/// </summary>
public sealed class FirmActors(TicketFiling filing, ITextLocalizer texts)
{
    public async Task<FirmActor> ForAsync(ITurnContext turn, bool wholeFirm, CancellationToken ct)
    {
        var user = ChatUser.Of(turn);
        var given = (await filing.LastContactAsync(user.ChannelId, user.UserId, ct))?.Name;
        var shown = turn.Activity.From?.Name is { Length: > 0 } name && name != user.UserId ? name.Trim() : null;
        var fallback = texts.Get(Locales.Resolve(turn.Activity.Locale), "actor.firmUser");
        var display = new[] { given, shown, fallback }.First(candidate => !string.IsNullOrWhiteSpace(candidate))!;
        return new FirmActor(display.Length > 40 ? display[..40] : display, user.ChannelId, user.UserId, wholeFirm);
    }
}
