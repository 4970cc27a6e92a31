using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Officers;
using ZoneBot.Host.Tests.Alerts;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Relay;

/// <summary>
/// 转人工 over the real host: the firm's and the liaison's messages go in over /api/messages, and what reaches
/// the other side goes out as proactive messages through the host's adapter to the channel's connector
/// service (a fake one here), delivered by the host's own outbox dispatcher. The relay lives in the
/// database: a host restarted in the middle of it carries on.
/// </summary>
public sealed class RelayEndToEndTests : IAsyncLifetime
{
    private const string FirmChat = "relay-firm-chat";
    private const string LiaisonChat = "relay-liaison-chat";
    private const string FirmName = "慈溪市华信电器有限公司";

    private readonly FakeChannelService _channel = new();
    private readonly SqliteTestDatabase _database = new();
    // The accept window is long enough for the first test's liaison to accept on a loaded machine (6 s was not).
    private readonly string[] _settings = ["--Alerts:PollSeconds=0.1", "--Relay:AcceptSeconds=20", "--Relay:SweepSeconds=0.2"];

    public Task InitializeAsync() => _channel.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_firm_and_its_liaison_exchange_three_messages_each_way_across_a_host_restart_and_the_firm_ends_it()
    {
        var first = await StartAsync();
        await BindLiaisonAsync(first);

        Assert.Contains("周海燕", await AskForAPersonAsync(first));
        await ArrivesAsync(LiaisonChat, FirmName + " 请求与您对话");
        Assert.Contains("已接入" + FirmName, await SayAsync(first, LiaisonChat, "接入"));
        await ArrivesAsync(FirmChat, "社管员周海燕已接入");

        await ExchangeAsync(first, "你好，厂门口的路灯坏了好几天了", "收到，我下午去看一下");
        await first.DisposeAsync();

        var second = await StartAsync();
        try
        {
            await ExchangeAsync(second, "大概几点过来？", "三点左右，到了给您打电话");
            await ExchangeAsync(second, "好的，门卫那边我打过招呼了", "好，一会儿见");

            Assert.Contains("对话已结束", await SayAsync(second, FirmChat, "结束"));
            await ArrivesAsync(LiaisonChat, FirmName + " 结束了对话");
            var relayed = _channel.Activities.First(sent => Text(sent.Activity).Contains("【社管员 周海燕】好，一会儿见")).Activity;
            Assert.Equal("plain", (string?)relayed["textFormat"]);

            await using var connection = await _database.Database.OpenAsync();
            Assert.Equal(1L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
                "SELECT COUNT(*) FROM relays WHERE status = 'ended' AND ended_by = 'firm' AND accepted_at IS NOT NULL AND ended_at >= accepted_at"));
            Assert.Equal(6L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM relay_messages"));
            // Each message went out once, though a host was stopped in the middle.
            Assert.Single(_channel.Activities, sent => Text(sent.Activity).Contains("大概几点过来？"));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_liaison_who_never_accepts_leaves_the_firm_the_phones_and_a_ticket_with_what_it_said()
    {
        var server = await StartAsync();
        try
        {
            await BindLiaisonAsync(server);
            Assert.Contains("周海燕", await AskForAPersonAsync(server));
            Assert.Contains("还没有接入", await SayAsync(server, FirmChat, "我们想问一下园区道路什么时候修好，货车进出很不方便"));

            // Nobody accepts: after Relay:AcceptSeconds the sweep tells the firm whom to call.
            var missed = await ArrivesAsync(FirmChat, "暂时没有接入", TimeSpan.FromSeconds(60));
            Assert.Contains("19900000001", missed);
            Assert.Contains("0574-99990001", missed);
            Assert.Contains("请选择问题的类别", await SayAsync(server, FirmChat, "登记"));
            await using var connection = await _database.Database.OpenAsync();
            Assert.Equal(1L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
                "SELECT COUNT(*) FROM relays WHERE status = 'missed' AND ended_by = 'timeout' AND accepted_at IS NULL"));
            Assert.Contains("没有等待您接入", await SayAsync(server, LiaisonChat, "接入"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private async Task<ZoneBotServer> StartAsync()
    {
        var server = ZoneBotServer.Over(_database, _settings);
        await server.InitializeAsync();
        return server;
    }

    private async Task BindLiaisonAsync(ZoneBotServer server)
    {
        var code = (await server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000001"))!.Code;
        Assert.Contains("绑定成功", await SayAsync(server, LiaisonChat, "绑定 " + code));
    }

    private async Task<string> AskForAPersonAsync(ZoneBotServer server)
    {
        Assert.Contains("贵公司的名称", await SayAsync(server, FirmChat, "转人工"));
        Assert.Contains(FirmName, await SayAsync(server, FirmChat, "华信电器"));
        return await SayAsync(server, FirmChat, "是的");
    }

    /// <summary>The firm says one thing, the liaison gets it with the firm's name; the liaison answers, the firm gets it with the liaison's.</summary>
    private async Task ExchangeAsync(ZoneBotServer server, string fromFirm, string fromLiaison)
    {
        Assert.Equal(string.Empty, await SayAsync(server, FirmChat, fromFirm));
        await ArrivesAsync(LiaisonChat, $"【{FirmName}】{fromFirm}");
        Assert.Equal(string.Empty, await SayAsync(server, LiaisonChat, fromLiaison));
        await ArrivesAsync(FirmChat, "【社管员 周海燕】" + fromLiaison);
    }

    private async Task<string> SayAsync(ZoneBotServer server, string conversationId, string text)
    {
        var activity = BotClient.Activity("message", conversationId, "zh-CN", text);
        activity["serviceUrl"] = _channel.Url;
        return BotClient.Texts(await server.Bot.SendAsync(activity));
    }

    private async Task<string> ArrivesAsync(string conversationId, string text, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var found = _channel.Activities.FirstOrDefault(sent => sent.ConversationId == conversationId && Text(sent.Activity).Contains(text));
            if (found.Activity is not null)
            {
                return Text(found.Activity);
            }
            await Task.Delay(50);
        }
        Assert.Fail($"'{text}' did not reach {conversationId}; it got: " +
            string.Join(" | ", _channel.Activities.Where(sent => sent.ConversationId == conversationId).Select(sent => Text(sent.Activity))));
        return string.Empty;
    }

    private static string Text(JsonObject activity) => (string?)activity["text"] ?? string.Empty;
}
