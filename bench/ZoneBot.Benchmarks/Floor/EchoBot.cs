using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Benchmarks.Floor;

/// <summary>The bare Bot Framework bot: no state, no storage, one reply that repeats the message.</summary>
public sealed class EchoBot : ActivityHandler
{
    public const string Prefix = "Echo: ";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Prefix + turnContext.Activity.Text), cancellationToken);
}
