using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Host.Tests.Alerts;

/// <summary>
/// The real path, end to end: the running host binds a liaison over /api/messages, a ticket is filed,
/// and the host's own dispatcher delivers the alert as a proactive message through its CloudAdapter to
/// the channel's connector service (a fake one here), and to the grid's WeCom webhook.
/// </summary>
public sealed class ProactiveDeliveryTests : IAsyncLifetime
{
    private readonly FakeChannelService _channel = new();
    private ZoneBotServer _server = null!;

    public async Task InitializeAsync()
    {
        await _channel.StartAsync();
        _server = new ZoneBotServer { Settings = ["--Alerts:PollSeconds=0.1", $"--Webhooks:Grids:1={_channel.Url}/webhook", "--Webhooks:AllowedHosts:0=127.0.0.1"] };
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_new_ticket_reaches_the_bound_liaison_as_a_proactive_message_and_the_grid_webhook_as_wecom_text()
    {
        var code = (await _server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000001"))!.Code;
        var bind = BotClient.Activity("message", "liaison-chat", "zh-CN", "绑定 " + code);
        bind["serviceUrl"] = _channel.Url;
        Assert.Contains("绑定成功", BotClient.Texts(await _server.Bot.SendAsync(bind)));

        var filed = await FileInGridOneAsync();

        Assert.True(await FakeChannelService.EventuallyAsync(() => _channel.Activities.Any(sent => Text(sent.Activity).Contains(filed.Number))),
            "the proactive message did not arrive: " + await LastErrorsAsync() + " " + string.Join(", ", _channel.Unexpected));
        var (conversationId, activity) = _channel.Activities.First(sent => Text(sent.Activity).Contains(filed.Number));
        Assert.Equal("liaison-chat", conversationId);
        Assert.Equal("message", (string?)activity["type"]);
        Assert.StartsWith("【新工单】" + filed.Number, Text(activity));

        Assert.True(await FakeChannelService.EventuallyAsync(() => !_channel.WebhookPosts.IsEmpty), "the webhook got nothing");
        var post = _channel.WebhookPosts.First();
        Assert.Equal("text", (string?)post["msgtype"]);
        Assert.StartsWith("【新工单】" + filed.Number, (string?)post["text"]?["content"]);
        await AssertSentOnceAsync(filed.Number);
    }

    [Fact]
    public async Task An_alert_for_a_liaison_who_binds_later_goes_out_after_the_binding()
    {
        var filed = await FileInGridOneAsync();
        await Task.Delay(500);
        Assert.DoesNotContain(_channel.Activities, sent => Text(sent.Activity).Contains(filed.Number));

        var code = (await _server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000001"))!.Code;
        var bind = BotClient.Activity("message", "late-chat", "zh-CN", "绑定 " + code);
        bind["serviceUrl"] = _channel.Url;
        var answer = BotClient.Texts(await _server.Bot.SendAsync(bind));

        Assert.Contains("之前的提醒", answer);
        Assert.True(await FakeChannelService.EventuallyAsync(() => _channel.Activities.Any(sent => sent.ConversationId == "late-chat" && Text(sent.Activity).Contains(filed.Number))));
    }

    private async Task<FiledTicket> FileInGridOneAsync()
    {
        var database = _server.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        var firmId = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 1 ORDER BY f.id LIMIT 1");
        return await _server.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Safety, "仓库门口消防通道被货物堵住", null, Urgency.Normal, "测试联系人", "13805741234", null, [], "test", "firm-user"));
    }

    private async Task AssertSentOnceAsync(string number)
    {
        var database = _server.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        Assert.True(await FakeChannelService.EventuallyAsync(() => Dapper.SqlMapper.ExecuteScalar<long>(connection,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.filed' AND status = 'sent' AND webhook_sent_at IS NOT NULL AND payload LIKE '%' || @number || '%'",
            new { number }) == 1));
        Assert.Single(_channel.Activities, sent => Text(sent.Activity).Contains(number));
        Assert.Single(_channel.WebhookPosts, post => ((string?)post["text"]?["content"] ?? string.Empty).Contains(number));
    }

    private async Task<string> LastErrorsAsync()
    {
        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        return string.Join("; ", await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT kind || ' ' || status || ' ' || attempts || ' ' || COALESCE(last_error, '') FROM outbox"));
    }

    private static string Text(JsonObject activity) => (string?)activity["text"] ?? string.Empty;
}
