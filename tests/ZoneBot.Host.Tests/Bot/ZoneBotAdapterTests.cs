using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Bot.State;
using ZoneBot.Host.Bot;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>What the adapter's error handler tells the user, in their language.</summary>
public sealed class ZoneBotAdapterTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Theory]
    [InlineData("zh-CN", "请再发送一次")]
    [InlineData("en-US", "Please send it again")]
    public async Task A_turn_that_lost_the_state_to_a_concurrent_turn_asks_for_the_message_again(string locale, string expected)
    {
        var (turn, replies) = Turn(locale);

        await server.Services.GetRequiredService<ZoneBotAdapter>().OnTurnError(turn, new ETagConflictException("test/conversations/c1"));

        Assert.Contains(expected, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Any_other_failure_gets_the_generic_apology()
    {
        var (turn, replies) = Turn("zh-CN");

        await server.Services.GetRequiredService<ZoneBotAdapter>().OnTurnError(turn, new InvalidOperationException("boom"));

        Assert.Contains("系统出了点问题", Assert.Single(replies).Text);
    }

    private static (ITurnContext Turn, Queue<Activity> Replies) Turn(string locale)
    {
        var adapter = new TestAdapter();
        var activity = MessageFactory.Text("华信电器");
        activity.Locale = locale;
        activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        return (new TurnContext(adapter, activity), adapter.ActiveQueue);
    }
}
