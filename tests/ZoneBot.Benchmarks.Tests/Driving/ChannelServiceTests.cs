using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Tests.Driving;

/// <summary>The driver's channel answers the Bot Framework's own connector client as a channel does.</summary>
public sealed class ChannelServiceTests
{
    [Fact]
    public async Task A_proactive_message_from_the_connector_client_is_accepted_and_counted()
    {
        using var connector = new ConnectorClient(new Uri(ChannelService.Url), MicrosoftAppCredentials.Empty);
        var before = ChannelService.Received;

        var sent = await connector.Conversations.SendToConversationAsync(
            "liaison-7", (Activity)MessageFactory.Text("新工单 GD-20261202-0001：厂区东门路灯坏了"));
        var reply = await connector.Conversations.ReplyToActivityAsync(
            "liaison-7", sent.Id, (Activity)MessageFactory.Text("已受理"));

        Assert.StartsWith("alert-", sent.Id);
        Assert.NotEqual(sent.Id, reply.Id);
        Assert.True(ChannelService.Received >= before + 2);
    }
}
