using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Inspections;

/// <summary>
/// The inspection loop in Chinese, as the people type it: the liaison inspects (with and without hazards), the
/// firm rectifies with photos or asks for more time, the liaison's 复查 accepts or sends back, and the loop closes.
/// Each test works in a grid of its own over the shared demo database.
/// </summary>
public sealed class InspectionDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_liaison_inspects_a_firm_item_by_item_and_the_firm_gets_its_rectification_notice()
    {
        await PlanAsync();
        var firmId = await bot.CountAsync("SELECT id FROM firms WHERE short_name = '永盛灯具'");
        var firm = await bot.NewFirmChatAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000003");

        var start = await liaison.SayAsync("检查一下永盛灯具");
        Assert.Contains("开始检查：宁波永盛灯具科技有限公司（3号网格，绿色企业），共6项", start);
        Assert.Contains("第1/6项【消防通道】", start);
        Assert.Contains("请发隐患照片", await liaison.SayAsync("消防通道堵了，限期三天"));
        var afterPhotos = await liaison.SendAsync(Photos("东门通道.jpg"));
        Assert.Contains($"整改期限：{Day(Today().AddDays(3))}前（限期3天）", Chat.Texts(afterPhotos));
        Assert.Contains("第2/6项【灭火器材】", Chat.Texts(afterPhotos));
        Assert.Contains("第3/6项【电气线路】", await liaison.SayAsync("好的"));
        Assert.Contains("请说明【电气线路】发现的隐患", await liaison.SayAsync("隐患"));
        await liaison.SayAsync("配电箱旁边私拉电线，插线板串接");
        var proposal = await liaison.SayAsync("跳过");
        Assert.Contains("建议整改期限", proposal);
        Assert.Contains("一般隐患，绿色企业，15个工作日", proposal);
        Assert.Contains("第4/6项【危化品】", await liaison.SayAsync("好的"));
        await liaison.SayAsync("通过");
        await liaison.SayAsync("没问题");
        var done = await liaison.SayAsync("1");

        Assert.Contains("发现隐患2处，已向企业发出整改通知", done);
        var notice = await bot.AlertTextsAsync(firm);
        Assert.Contains("【整改通知】宁波永盛灯具科技有限公司：王思远检查发现隐患2处", notice);
        Assert.Contains($"1. 消防通道：消防通道堵了，限期三天（一般隐患，{Day(Today().AddDays(3))}前）", notice);
        Assert.Contains("2. 电气线路：配电箱旁边私拉电线", notice);
        Assert.Equal(1L, await bot.CountAsync(
            "SELECT COUNT(*) FROM hazard_photos AS p JOIN hazards AS h ON h.id = p.hazard_id JOIN inspections AS i ON i.id = h.inspection_id WHERE i.firm_id = @firmId", new { firmId }));
        Assert.Equal(1L, await bot.CountAsync("SELECT COUNT(*) FROM inspections WHERE firm_id = @firmId AND status = 'rectifying'", new { firmId }));
    }

    [Fact]
    public async Task A_firm_without_hazards_is_closed_at_once_and_hears_nothing()
    {
        await PlanAsync();
        var firmId = await FirmInGridAsync(2);
        var shortName = await ShortNameAsync(firmId);
        var firm = await bot.NewFirmChatAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000002");

        Assert.Contains("开始检查", await liaison.SayAsync("检查 " + shortName));
        foreach (var answer in new[] { "通过", "好的", "合格", "没问题", "ok" })
        {
            Assert.Contains("项【", await liaison.SayAsync(answer));
        }
        var done = await liaison.SayAsync("通过。");

        Assert.Contains("6项全部通过，未发现隐患，本次检查已闭环", done);
        Assert.Empty(await bot.DeliverAlertsAsync(firm));
        Assert.Equal(1L, await bot.CountAsync("SELECT COUNT(*) FROM inspections WHERE firm_id = @firmId AND status = 'closed'", new { firmId }));
    }

    [Fact]
    public async Task The_due_list_shows_the_overdue_first_and_a_number_starts_that_inspection()
    {
        await PlanAsync();
        var overdueFirm = await FirmInGridAsync(4, skip: 3);
        await bot.ExecuteAsync("UPDATE inspections SET due_by = '2026-01-31' WHERE firm_id = @overdueFirm AND round = 1", new { overdueFirm });
        await bot.ExecuteAsync("UPDATE inspections SET status = 'planned' WHERE firm_id = @overdueFirm", new { overdueFirm });
        var liaison = await bot.NewOfficerChatAsync("19900000004");

        var listing = await liaison.SayAsync("本周待检查");
        var second = await liaison.SayAsync("2");

        Assert.Contains("本周待检查", listing);
        Assert.Contains($"1. {await ShortNameAsync(overdueFirm)}｜4号网格", listing);
        Assert.Contains("1月31日前（已逾期）", listing);
        Assert.Contains("开始检查：", second);
        Assert.DoesNotContain(await ShortNameAsync(overdueFirm), second);
    }

    [Fact]
    public async Task The_firm_rectifies_with_photos_asks_for_more_time_and_the_liaisons_review_sends_back_accepts_and_closes()
    {
        await PlanAsync();
        var firmId = await FirmInGridAsync(5);
        var firm = await bot.NewFirmChatAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000005");
        await InspectWithTwoHazardsAsync(liaison, firmId);
        Assert.Contains("【整改通知】", await bot.AlertTextsAsync(firm));

        var list = await firm.SayAsync("我的整改");
        Assert.Contains("整改事项共2项", list);
        Assert.Contains("1. 消防通道：东门通道堆满纸箱", list);
        Assert.Contains("整改好了请回复“已整改”", await firm.SayAsync("1"));
        Assert.Contains("请发整改后的照片", await firm.SayAsync("已经整改好了，照片发你"));
        var reported = Chat.Texts(await firm.SendAsync(Photos("清理后1.jpg", "清理后2.jpg")));
        Assert.Contains("已上报整改（照片2张）", reported);
        Assert.Contains("【灭火器材】", reported);
        Assert.Contains("已申请延期7天", await firm.SayAsync("能不能宽限一周，设备还没到"));

        var told = await bot.AlertTextsAsync(liaison);
        Assert.Contains("【整改上报】", told);
        Assert.Contains("已经整改好了，照片发你（照片2张）", told);
        Assert.Contains("【延期申请】", told);
        Assert.Contains("申请延期7天：能不能宽限一周，设备还没到", told);

        Assert.Contains("待复查2项", await liaison.SayAsync("复查"));
        var report = await liaison.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("1"));
        Assert.Contains("企业上报：已经整改好了，照片发你（照片2张）", Chat.Texts(report));
        Assert.Equal(2, report.Sum(reply => reply.Attachments?.Count ?? 0));
        var sentBack = await liaison.SayAsync("退回，消防通道里还有两箱货没搬走");
        Assert.Contains("已退回", sentBack);
        Assert.Contains("企业申请延期7天，原因：能不能宽限一周，设备还没到", sentBack);
        Assert.Contains("已同意延期", await liaison.SayAsync("同意"));

        var news = await bot.AlertTextsAsync(firm);
        Assert.Contains("【复查未通过】消防通道：消防通道里还有两箱货没搬走", news);
        Assert.Contains("【延期已同意】灭火器材", news);

        Assert.Contains("复查退回：消防通道里还有两箱货没搬走", await firm.SayAsync("我的整改"));
        await firm.SayAsync("1");
        await firm.SayAsync("货搬走了，已整改");
        Assert.Contains("【灭火器材】", Chat.Texts(await firm.SendAsync(Photos("通道.jpg"))));
        Assert.Contains("请发整改后的照片", await firm.SayAsync("新灭火器到了，已经整改好了"));
        Assert.Contains("已上报整改（照片0张）", await firm.SayAsync("跳过"));

        await liaison.SayAsync("复查");
        await liaison.SayAsync("1");
        Assert.Contains("已通过复查。", await liaison.SayAsync("通过"));
        Assert.Contains("本次检查已闭环", await liaison.SayAsync("好的"));
        Assert.Contains("【检查闭环】", await bot.AlertTextsAsync(firm));
        Assert.Contains("没有需要整改的隐患", await firm.SayAsync("我的整改"));
        Assert.Equal(1L, await bot.CountAsync("SELECT COUNT(*) FROM inspections WHERE firm_id = @firmId AND status = 'closed'", new { firmId }));
    }

    [Fact]
    public async Task A_firm_user_who_has_not_proved_membership_does_not_see_the_hazards()
    {
        var stranger = await bot.NewStrangerChatAsync(await FirmInGridAsync(1, skip: 4));

        var answer = await stranger.SayAsync("我的整改");

        Assert.Contains("只对已验证的企业人员开放", answer);
    }

    [Fact]
    public async Task The_secretary_sees_this_months_progress_per_grid_of_the_community()
    {
        await PlanAsync();
        var secretary = await bot.NewOfficerChatAsync("19900000011");

        var progress = await secretary.SayAsync("本月检查进度");

        Assert.Contains("本月检查进度", progress);
        Assert.Contains("1号网格：计划", progress);
        Assert.Contains("5号网格：计划", progress);
        Assert.DoesNotContain("6号网格", progress);
        Assert.Contains("合计：计划", progress);
    }

    [Fact]
    public async Task A_firm_user_cannot_start_an_inspection()
    {
        var firm = await bot.NewFirmChatAsync(await FirmInGridAsync(1, skip: 5));

        var answer = await firm.SayAsync("本周待检查");

        Assert.DoesNotContain("开始检查", answer);
        Assert.DoesNotContain("本周待检查", answer);
    }

    private async Task InspectWithTwoHazardsAsync(Chat liaison, long firmId)
    {
        Assert.Contains("开始检查", await liaison.SayAsync("检查一下" + await ShortNameAsync(firmId)));
        await liaison.SayAsync("东门通道堆满纸箱，限期三天");
        await liaison.SayAsync("跳过");
        await liaison.SayAsync("灭火器过期了，限期5天");
        await liaison.SayAsync("跳过");
        foreach (var answer in new[] { "通过", "通过", "通过" })
        {
            await liaison.SayAsync(answer);
        }
        Assert.Contains("发现隐患2处", await liaison.SayAsync("通过"));
    }

    private async Task PlanAsync() =>
        await bot.Services.GetRequiredService<InspectionPlanner>().PlanAsync(Today().Year);

    private static DateOnly Today() => ZoneTime.Today(TimeProvider.System);

    private static string Day(DateOnly day) => $"{day.Month}月{day.Day}日";

    private Task<long> FirmInGridAsync(int grid, int skip = 0) => bot.CountAsync(
        "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid AND f.short_name <> '永盛灯具' ORDER BY f.id LIMIT 1 OFFSET @skip",
        new { grid, skip });

    private async Task<string> ShortNameAsync(long firmId)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT short_name FROM firms WHERE id = @firmId", new { firmId }) ?? string.Empty;
    }

    private static Activity Photos(params string[] names) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [.. names.Select(name => new Attachment { Name = name, ContentType = "image/jpeg", ContentUrl = "https://files.example.test/" + name })],
    };
}
