using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.WeCom.Tests.Delivery;

/// <summary>An officer bound from the WeCom app gets the outbox's alerts as WeCom app messages, with the outbox's retries.</summary>
public class WeComAlertTests(WeComAlertTests.Server server) : IClassFixture<WeComAlertTests.Server>
{
    /// <summary>The dispatcher looks often and retries soon, so that the tests need not wait.</summary>
    public sealed class Server : WeComServer
    {
        public Server() => Settings = ["--Alerts:PollSeconds=0.1", "--Alerts:BackoffBaseSeconds=0.2", "--Alerts:BackoffMaxMinutes=0.01"];
    }

    [Fact]
    public async Task A_liaison_bound_in_wecom_gets_the_new_ticket_alert_by_user_id_and_opens_it_by_its_number()
    {
        var liaison = new WeComUser(server, "ZhouHaiYan");
        var code = (await server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000001"))!.Code;
        await liaison.SayAsync("绑定 " + code, "绑定成功");
        var before = liaison.Received;

        var filed = await FileAsync(gridNumber: 1);

        var alert = await liaison.WaitForAsync(before, "【新工单】" + filed.Number);
        // The alert's button (the ticket number) is a numbered line; typing 1 opens the ticket.
        Assert.Contains("1. " + filed.Number, alert);
        var opened = await liaison.SayAsync("1", "仓库门口消防通道被货物堵住");
        Assert.Contains(filed.Number, opened);
        Assert.Equal("sent", await OutboxStatusAsync(filed.Number));
    }

    [Fact]
    public async Task A_rate_limited_alert_is_retried_and_arrives_once()
    {
        var liaison = new WeComUser(server, "ChenLiWei");
        var code = (await server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000002"))!.Code;
        await liaison.SayAsync("绑定 " + code, "绑定成功");
        await liaison.SettleAsync();
        var before = liaison.Received;

        server.WeCom.RateLimitNext(2);
        var filed = await FileAsync(gridNumber: 2);

        await liaison.WaitForAsync(before, "【新工单】" + filed.Number);
        await Task.Delay(500);
        Assert.Single(liaison.Messages, message => message.Content.StartsWith("【新工单】" + filed.Number, StringComparison.Ordinal));
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        var attempts = await connection.ExecuteScalarAsync<long>(
            "SELECT attempts FROM outbox WHERE kind = 'ticket.filed' AND payload LIKE '%' || @number || '%'", new { number = filed.Number });
        Assert.True(attempts >= 2, $"delivered after {attempts} attempt(s); WeCom refused the first with 45009 ");
    }

    private async Task<FiledTicket> FileAsync(int gridNumber)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        var firmId = await connection.ExecuteScalarAsync<long>(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @gridNumber ORDER BY f.id LIMIT 1", new { gridNumber });
        return await server.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Safety, "仓库门口消防通道被货物堵住", null, Urgency.Normal, "测试联系人", "13805741234", null, [], "test", "firm-user"));
    }

    private async Task<string?> OutboxStatusAsync(string number)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT status FROM outbox WHERE kind = 'ticket.filed' AND payload LIKE '%' || @number || '%'", new { number });
    }
}
