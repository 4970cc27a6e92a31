using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Verification;

namespace ZoneBot.Host.Tests.Firms;

/// <summary>
/// Who sees a firm's tickets, over the real host and /api/messages: a stranger who names a firm can file for
/// it but not read its other tickets; after proving membership with the code the development SMS sender kept,
/// they read them all.
/// </summary>
public sealed partial class FirmMembershipEndToEndTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task A_stranger_files_cannot_read_the_firms_tickets_verifies_by_SMS_then_reads_them()
    {
        var colleagues = await FileAsync("colleague-" + Guid.NewGuid().ToString("N")[..6], "我们车间外的排水沟堵了，雨天污水外溢", "王主任", "13905741234");
        var stranger = "stranger-" + Guid.NewGuid().ToString("N")[..6];
        var mine = await FileAsync(stranger, "厂门口的路灯坏了一个星期，晚上下班很不安全", "赵先生", "13705741234");

        var listing = BotClient.Texts(await server.Bot.SayAsync(stranger, "查询工单"));
        Assert.Contains("只能查看您本人提交的工单", listing);
        Assert.Contains(mine, listing);
        Assert.DoesNotContain(colleagues, listing);
        await server.Bot.SayAsync(stranger, "取消");
        var typed = BotClient.Texts(await server.Bot.SayAsync(stranger, colleagues));
        Assert.Contains("没有找到您本人提交的工单", typed);
        Assert.DoesNotContain("13905741234", typed);
        Assert.DoesNotContain("排水沟", typed);

        // 验证身份 opens their own tickets with the way to verify; choosing it offers the ways.
        Assert.Contains("验证身份", BotClient.SuggestedActions(await server.Bot.SayAsync(stranger, "验证身份")));
        var offer = await server.Bot.SayAsync(stranger, "验证身份");
        Assert.Contains("发送短信验证码", BotClient.SuggestedActions(offer));
        Assert.Contains("199****0001", BotClient.Texts(await server.Bot.SayAsync(stranger, "发个短信吧")));
        var code = await SmsCodeAsync();
        Assert.Contains("验证码不对", BotClient.Texts(await server.Bot.SayAsync(stranger, code == "000000" ? "111111" : "000000")));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM firm_code_failures WHERE user_id = @user AND client_address = '127.0.0.1'", new { user = "user-" + stranger }));

        var verified = BotClient.Texts(await server.Bot.SayAsync(stranger, $"验证码 {code}"));
        Assert.Contains("验证成功", verified);
        Assert.Contains(colleagues, verified);
        Assert.Contains(mine, verified);

        var details = BotClient.Texts(await server.Bot.SayAsync(stranger, colleagues));
        Assert.Contains("排水沟", details);
        Assert.Contains("已催办", BotClient.Texts(await server.Bot.SayAsync(stranger, "催办")));
        Assert.Equal(1L, await ScalarAsync("""
            SELECT COUNT(*) FROM ticket_events AS e JOIN tickets AS t ON t.id = e.ticket_id
            WHERE t.number = @colleagues AND e.kind = 'urged' AND e.actor = '赵先生' AND e.actor_user_id = @user
            """, new { colleagues, user = "user-" + stranger }));
    }

    /// <summary>Files a ticket for 荣隆厨具 from a conversation of its own, as a clerk types it; returns its number.</summary>
    private async Task<string> FileAsync(string conversation, string description, string contact, string phone)
    {
        foreach (var message in new[] { "报事", "荣隆厨具", "是的", "企业服务", description, "跳过", "一般", "没有", contact, phone, "跳过" })
        {
            await server.Bot.SayAsync(conversation, message);
        }
        var filed = BotClient.Texts(await server.Bot.SayAsync(conversation, "确认提交"));
        return TicketNumber().Match(filed) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException("Not filed: " + filed);
    }

    private async Task<string> SmsCodeAsync()
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        var payload = await connection.QueryFirstAsync<string>(
            "SELECT payload FROM outbox WHERE kind = @kind ORDER BY id DESC", new { kind = DevelopmentSmsSender.Kind });
        return JsonDocument.Parse(payload).RootElement.GetProperty("code").GetString()!;
    }

    private async Task<long> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    [GeneratedRegex(@"ZB-\d{8}-\d{4}")]
    private static partial Regex TicketNumber();
}
