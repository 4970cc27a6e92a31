using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Reports;
using ZoneBot.Domain;
using ZoneBot.Host.Tests.Alerts;

namespace ZoneBot.Host.Tests.Inspections;

/// <summary>
/// The inspection loop over the real host: the year is planned, the liaison inspects 永盛灯具 over /api/messages and
/// finds two hazards, the host's dispatcher brings the firm its 整改通知 through the channel service (a fake one),
/// the firm answers both with photos, the liaison is told and accepts both at 复查, the firm hears the loop is
/// closed, and the secretary's 本月检查进度 and the progress workbook count it.
/// </summary>
public sealed class InspectionLoopEndToEndTests : IAsyncLifetime
{
    private readonly FakeChannelService _channel = new();
    private ZoneBotServer _server = null!;

    public async Task InitializeAsync()
    {
        await _channel.StartAsync();
        _server = new ZoneBotServer { Settings = ["--Alerts:PollSeconds=0.1"] };
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Plan_inspect_two_hazards_the_firm_answers_both_the_liaison_accepts_both_and_the_progress_shows_it_closed()
    {
        var today = ZoneTime.Today(TimeProvider.System);
        await _server.Services.GetRequiredService<InspectionPlanner>().PlanAsync(today.Year);
        await BindAsync("liaison-chat", "19900000003");
        await BindAsync("secretary-chat", "19900000011");
        var firmId = await FirmMemberAsync("firm-chat", "永盛灯具");

        Assert.Contains("开始检查：宁波永盛灯具科技有限公司", await SayAsync("liaison-chat", "检查一下永盛灯具"));
        await SayAsync("liaison-chat", "消防通道堵了，限期三天");
        Assert.Contains("第2/6项", await SendAsync(Photos("liaison-chat", "东门.jpg")));
        Assert.Contains("请发隐患照片", await SayAsync("liaison-chat", "灭火器过期了，限期5天"));
        await SayAsync("liaison-chat", "跳过");
        foreach (var answer in new[] { "通过", "好的", "没问题" })
        {
            await SayAsync("liaison-chat", answer);
        }
        Assert.Contains("发现隐患2处", await SayAsync("liaison-chat", "通过"));

        var notice = await ArrivedAsync("firm-chat", "【整改通知】");
        Assert.Contains("1. 消防通道：消防通道堵了，限期三天", notice);
        Assert.Contains("2. 灭火器材：灭火器过期了，限期5天", notice);

        Assert.Contains("整改事项共2项", await SayAsync("firm-chat", "我的整改"));
        await SayAsync("firm-chat", "1");
        Assert.Contains("请发整改后的照片", await SayAsync("firm-chat", "已经整改好了，照片发你"));
        Assert.Contains("【灭火器材】", await SendAsync(Photos("firm-chat", "通道1.jpg", "通道2.jpg")));
        await SayAsync("firm-chat", "新灭火器已经换好了，已整改");
        Assert.Contains("已上报整改（照片1张）", await SendAsync(Photos("firm-chat", "灭火器.jpg")));

        Assert.Contains("已经整改好了，照片发你（照片2张）", await ArrivedAsync("liaison-chat", "【整改上报】宁波永盛灯具科技有限公司"));
        Assert.Contains("待复查2项", await SayAsync("liaison-chat", "复查"));
        Assert.Contains("照片2张", await SayAsync("liaison-chat", "1"));
        Assert.Contains("已通过复查。", await SayAsync("liaison-chat", "通过"));
        Assert.Contains("本次检查已闭环", await SayAsync("liaison-chat", "好的"));

        Assert.Contains("2处隐患均已整改并通过复查", await ArrivedAsync("firm-chat", "【检查闭环】"));
        var progress = await SayAsync("secretary-chat", "本月检查进度");
        Assert.Matches("3号网格：计划[0-9]+，已检查1，闭环1，隐患2，按期整改2，逾期整改0，未整改0", progress);

        var report = await _server.Services.GetRequiredService<InspectionProgress>().BuildAsync(ReportPeriod.Containing(ReportPeriodKind.Month, today));
        var grid = report.Grids.Single(figures => figures.Name == "3号网格");
        Assert.Equal((1, 1, 2, 0), (grid.Inspected, grid.Closed, grid.RectifiedOnTime, grid.Open));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM inspections WHERE firm_id = @firmId AND status = 'closed'", new { firmId }));
    }

    private async Task BindAsync(string conversationId, string phone)
    {
        var code = (await _server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync(phone))!.Code;
        Assert.Contains("绑定成功", await SayAsync(conversationId, "绑定 " + code));
    }

    /// <summary>A firm's user who has chatted (so the bot knows where to reach them) and proved membership of the firm.</summary>
    private async Task<long> FirmMemberAsync(string conversationId, string shortName)
    {
        await SayAsync(conversationId, "你好");
        var firmId = await ScalarAsync("SELECT id FROM firms WHERE short_name = @shortName", new { shortName });
        await _server.Services.GetRequiredService<FirmUserLinks>().LinkAsync("test", "user-" + conversationId, firmId);
        await ExecuteAsync("UPDATE firm_users SET verified_at = linked_at, verified_by = 'liaison' WHERE user_id = @userId", new { userId = "user-" + conversationId });
        Assert.Contains("没有需要整改的隐患", await SayAsync(conversationId, "我的整改"));
        return firmId;
    }

    private Task<string> SayAsync(string conversationId, string text)
    {
        var activity = ZoneBot.Host.Tests.BotClient.Activity("message", conversationId, "zh-CN", text);
        return SendAsync(activity);
    }

    private async Task<string> SendAsync(JsonObject activity)
    {
        activity["serviceUrl"] = _channel.Url;
        return ZoneBot.Host.Tests.BotClient.Texts(await _server.Bot.SendAsync(activity));
    }

    private static JsonObject Photos(string conversationId, params string[] names)
    {
        var activity = ZoneBot.Host.Tests.BotClient.Activity("message", conversationId, "zh-CN");
        activity["attachments"] = new JsonArray([.. names.Select(name => (JsonNode)new JsonObject
        {
            ["contentType"] = "image/jpeg", ["contentUrl"] = "https://files.example.test/" + name, ["name"] = name,
        })]);
        return activity;
    }

    /// <summary>The text of the first proactive message to the conversation that starts with <paramref name="headline"/>, once the dispatcher sent it.</summary>
    private async Task<string> ArrivedAsync(string conversationId, string headline)
    {
        bool Matches((string ConversationId, JsonObject Activity) sent) =>
            sent.ConversationId == conversationId && ((string?)sent.Activity["text"] ?? string.Empty).StartsWith(headline, StringComparison.Ordinal);
        Assert.True(await FakeChannelService.EventuallyAsync(() => _channel.Activities.Any(Matches)), $"no {headline} reached {conversationId}");
        return (string)_channel.Activities.First(Matches).Activity["text"]!;
    }

    private async Task<long> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, parameters);
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
    }
}
