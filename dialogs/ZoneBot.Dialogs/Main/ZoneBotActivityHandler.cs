using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Dialogs.Main;

/// <summary>
/// The bot: greets new members, hands every message to the main dialog, saves the state. First it
/// learns whether the sender is an officer and keeps their conversation reference (and a firm user's)
/// up to date, so alerts reach the conversation they use now.
/// </summary>
public sealed class ZoneBotActivityHandler(ConversationStore conversationState, MainDialog mainDialog, ChatPresence presence, LastChoices lastChoices) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState =
        conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        lastChoices.Track(turnContext);
        if (SenderOnTurn.KeyOf(activity) is { } senderKey)
        {
            var reference = ConversationReferences.Of(turnContext);
            // Who is talking was read with the turn's first round trip when the turn came through the duplicate guard.
            var officer = SenderOnTurn.Get(turnContext) is { } sender && sender.Key == senderKey
                ? await presence.RefreshAsync(sender, reference, cancellationToken)
                : await presence.RefreshAsync(senderKey.ChannelId, senderKey.UserId, reference, cancellationToken);
            OfficerOnTurn.Set(turnContext, officer);
        }
        await base.OnTurnAsync(turnContext, cancellationToken);
        // Saved only when the turn succeeded: a failed turn leaves the last good state to resume from.
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await mainDialog.GreetAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var result = await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        if (result.Status == DialogTurnStatus.Cancelled)
        {
            await mainDialog.ShowMenuAsync(turnContext, cancellationToken);
        }
    }
}
