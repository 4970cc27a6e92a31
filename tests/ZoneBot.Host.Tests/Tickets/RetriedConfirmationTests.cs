using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;

namespace ZoneBot.Host.Tests.Tickets;

/// <summary>
/// Issue 15: the ticket is filed in a transaction of its own before the turn's commit (its duplicate-delivery claim, the
/// dialog state, the replies). Over the real host, the turn that confirms a filing fails after the filing committed, as
/// if the host died there; the channel delivers the same message again, which runs from the confirmation step again and
/// gets the ticket already filed, not a second one.
/// </summary>
public sealed partial class RetriedConfirmationTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task A_confirmation_whose_turn_failed_after_filing_is_delivered_again_and_gets_the_same_ticket()
    {
        const string conversation = "retried-confirmation";
        await server.Bot.SayAsync(conversation, "你好，我是荣隆厨具的，我们厂东门外的下水道堵住了，一下雨污水就漫到马路上，工人进出很不方便。联系人王主任，电话13905741234");
        await server.Bot.SayAsync(conversation, "是的");
        Assert.Contains("请确认以上信息", BotClient.Texts(await server.Bot.SayAsync(conversation, "一般，不算太急")));
        var confirm = BotClient.Activity("message", conversation, "zh-CN", "好的，确认提交");
        var activityId = (string)confirm["id"]!;

        // The turn's own commit fails once, after the filing committed: its claim of the activity cannot be written.
        await ExecuteAsync($"""
            CREATE TRIGGER turn_dies BEFORE INSERT ON processed_activities WHEN NEW.activity_id = '{activityId}'
            BEGIN SELECT RAISE(ABORT, 'the host died before the turn committed'); END
            """);
        var failed = BotClient.Texts(await server.Bot.SendAsync(confirm));
        await ExecuteAsync("DROP TRIGGER turn_dies");
        var retried = BotClient.Texts(await server.Bot.SendAsync((JsonObject)confirm.DeepClone()));

        Assert.Contains("没有处理成功", failed);
        var number = TicketNumber().Match(retried).Value;
        Assert.NotEmpty(number);
        Assert.Contains("已提交", retried);
        // The failed turn had already shown the number before its commit failed: the retry shows the same one.
        Assert.Equal(TicketNumber().Match(failed).Value, number);
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM tickets WHERE user_id = @user", new { user = "user-" + conversation }));
        Assert.Equal(number, await ScalarAsync<string>("SELECT number FROM tickets WHERE source_activity = @source", new { source = $"test/{conversation}/{activityId}" }));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM outbox AS o JOIN tickets AS t ON t.id = o.ticket_id WHERE t.number = @number", new { number }));

        // The retry's turn committed: a third delivery is answered from its claim and files nothing.
        Assert.Contains(number, BotClient.Texts(await server.Bot.SendAsync((JsonObject)confirm.DeepClone())));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM tickets WHERE user_id = @user", new { user = "user-" + conversation }));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    private Task<long> ScalarAsync(string sql, object parameters) => ScalarAsync<long>(sql, parameters);

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [GeneratedRegex(@"ZB-\d{8}-\d{4}")]
    private static partial Regex TicketNumber();
}
