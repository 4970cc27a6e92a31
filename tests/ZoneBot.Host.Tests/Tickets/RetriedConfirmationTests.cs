using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Host.Tests.Bot;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Tickets;

/// <summary>
/// Issue 15: the ticket is filed in a transaction of its own before the turn's commit (its duplicate-delivery claim, the
/// dialog state, the replies). Over the real host, the turn that confirms a filing fails after the filing committed, as
/// if the host died there; the channel delivers the same message again, which runs from the confirmation step again and
/// gets the ticket already filed, not a second one.
/// </summary>
public sealed class RetriedConfirmationTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task A_confirmation_whose_turn_failed_after_filing_is_delivered_again_and_gets_the_same_ticket()
    {
        // The turn's own commit fails once, after the filing committed: its claim of the activity cannot be written.
        await RetriedConfirmation.RunAsync(server, server, "retried-confirmation",
            activityId => $"""
                CREATE TRIGGER turn_dies BEFORE INSERT ON processed_activities WHEN NEW.activity_id = '{activityId}'
                BEGIN SELECT RAISE(ABORT, 'the host died before the turn committed'); END
                """,
            "DROP TRIGGER turn_dies");
    }
}

/// <summary>The same over PostgreSQL, the retry taken by the other instance (the claim is written first there, and completed with the commit).</summary>
public sealed class PostgresRetriedConfirmationTests(TwoInstances hosts) : IClassFixture<TwoInstances>
{
    [PostgresFact]
    public async Task A_confirmation_whose_turn_failed_after_filing_is_delivered_again_to_the_other_instance_and_gets_the_same_ticket()
    {
        await RetriedConfirmation.RunAsync(hosts.A, hosts.B, "retried-elsewhere",
            activityId => $"""
                CREATE FUNCTION turn_dies() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the host died before the turn committed';
                END
                $$;
                CREATE TRIGGER turn_dies BEFORE UPDATE ON processed_activities
                FOR EACH ROW WHEN (NEW.activity_id = '{activityId}') EXECUTE FUNCTION turn_dies();
                """,
            "DROP TRIGGER turn_dies ON processed_activities; DROP FUNCTION turn_dies();");
    }
}

/// <summary>The scenario: a firm's manager describes the problem, confirms, the confirming turn fails once, the channel retries.</summary>
internal static partial class RetriedConfirmation
{
    public static async Task RunAsync(ZoneBotServer first, ZoneBotServer retry, string conversation, Func<string, string> breakTurn, string repair)
    {
        await first.Bot.SayAsync(conversation, "你好，我是荣隆厨具的，我们厂东门外的下水道堵住了，一下雨污水就漫到马路上，工人进出很不方便。联系人王主任，电话13905741234");
        await first.Bot.SayAsync(conversation, "是的");
        Assert.Contains("请确认以上信息", BotClient.Texts(await first.Bot.SayAsync(conversation, "一般，不算太急")));
        var confirm = BotClient.Activity("message", conversation, "zh-CN", "好的，确认提交");
        var activityId = (string)confirm["id"]!;

        await ExecuteAsync(first, breakTurn(activityId));
        var failed = BotClient.Texts(await first.Bot.SendAsync(confirm));
        await ExecuteAsync(first, repair);
        var retried = BotClient.Texts(await retry.Bot.SendAsync((JsonObject)confirm.DeepClone()));

        Assert.Contains("没有处理成功", failed);
        var number = TicketNumber().Match(retried).Value;
        Assert.NotEmpty(number);
        Assert.Contains("已提交", retried);
        // The failed turn had already shown the number before its commit failed: the retry shows the same one.
        Assert.Equal(TicketNumber().Match(failed).Value, number);
        Assert.Equal(1L, await ScalarAsync<long>(first, "SELECT COUNT(*) FROM tickets WHERE user_id = @user", new { user = "user-" + conversation }));
        Assert.Equal(number, await ScalarAsync<string>(first, "SELECT number FROM tickets WHERE source_activity = @source", new { source = $"test/{conversation}/{activityId}" }));
        Assert.Equal(1L, await ScalarAsync<long>(first, "SELECT COUNT(*) FROM outbox AS o JOIN tickets AS t ON t.id = o.ticket_id WHERE t.number = @number", new { number }));

        // The retry's turn committed: a third delivery is answered from its claim and files nothing.
        Assert.Contains(number, BotClient.Texts(await first.Bot.SendAsync((JsonObject)confirm.DeepClone())));
        Assert.Equal(1L, await ScalarAsync<long>(first, "SELECT COUNT(*) FROM tickets WHERE user_id = @user", new { user = "user-" + conversation }));
    }

    private static async Task ExecuteAsync(ZoneBotServer server, string sql)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    private static async Task<T> ScalarAsync<T>(ZoneBotServer server, string sql, object parameters)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [GeneratedRegex(@"ZB-\d{8}-\d{4}")]
    private static partial Regex TicketNumber();
}
