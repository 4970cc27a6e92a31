using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Bot.Alerts;
using ZoneBot.Host.Bot;
using ZoneBot.Host.Tests.Alerts;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>
/// The SDK's outbound clients made once and reused: alerts to a channel share one connection, a client outlives the
/// adapter's dispose at the end of each turn, and each channel gets its own.
/// </summary>
public sealed class ReusedBotClientsTests
{
    private static readonly BotFrameworkAuthentication Configured =
        new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()); // no app id: local use

    [Fact]
    public async Task Alerts_to_one_channel_share_one_connection_and_survive_the_adapter_disposing_its_client()
    {
        await using var channel = new FakeChannelService();
        await channel.StartAsync();
        var adapter = new CloudAdapter(new ReusedBotClients(Configured), NullLogger.Instance);

        foreach (var text in new[] { "新工单 GD-1", "新工单 GD-2", "新工单 GD-3" })
        {
            await SendAsync(adapter, channel.Url, "liaison-1", text);
        }

        Assert.Equal(["新工单 GD-1", "新工单 GD-2", "新工单 GD-3"], channel.Activities.Select(sent => (string?)sent.Activity["text"]));
        Assert.Single(channel.Connections);
    }

    [Fact]
    public async Task Without_reuse_each_alert_opens_a_connection_of_its_own()
    {
        // The SDK's own behaviour, kept here so that the test above is known to measure something.
        await using var channel = new FakeChannelService();
        await channel.StartAsync();
        var adapter = new CloudAdapter(Configured, NullLogger.Instance);

        await SendAsync(adapter, channel.Url, "liaison-1", "新工单 GD-1");
        await SendAsync(adapter, channel.Url, "liaison-1", "新工单 GD-2");

        Assert.Equal(2, channel.Connections.Count);
    }

    [Fact]
    public async Task Each_channel_gets_its_own_client()
    {
        await using var first = new FakeChannelService();
        await using var second = new FakeChannelService();
        await first.StartAsync();
        await second.StartAsync();
        var adapter = new CloudAdapter(new ReusedBotClients(Configured), NullLogger.Instance);

        await SendAsync(adapter, first.Url, "liaison-1", "新工单 GD-1");
        await SendAsync(adapter, second.Url, "liaison-2", "新工单 GD-2");
        await SendAsync(adapter, first.Url, "liaison-1", "新工单 GD-3");

        Assert.Equal(["新工单 GD-1", "新工单 GD-3"], first.Activities.Select(sent => (string?)sent.Activity["text"]));
        Assert.Equal("liaison-2", Assert.Single(second.Activities).ConversationId);
    }

    private static Task SendAsync(CloudAdapter adapter, string serviceUrl, string conversationId, string text)
    {
        var reference = new ConversationReference
        {
            ChannelId = "test",
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversationId),
            Bot = new ChannelAccount("bot"),
            User = new ChannelAccount("user"),
        };
        return new BotAlertChannel(adapter, botAppId: string.Empty).SendAsync(reference, MessageFactory.Text(text), CancellationToken.None);
    }
}
