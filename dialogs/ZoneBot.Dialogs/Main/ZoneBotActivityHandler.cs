using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Main;

/// <summary>The bot: greets new members, hands every message to the main dialog, saves the state.</summary>
public sealed class ZoneBotActivityHandler(ConversationState conversationState, MainDialog mainDialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState =
        conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
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
