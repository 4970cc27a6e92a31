using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// ZoneBot's flows as a firm's clerk goes through them, with the answers of the dialog tests
/// (tests/ZoneBot.Dialogs.Tests): every user is new, so it first identifies its firm by credit code.
/// </summary>
public static class ZoneBotScenarios
{
    public static readonly Scenario FileIssue = new("报事", FileIssueAsync);

    public static readonly Scenario FindLiaison = new("找社管员", FindLiaisonAsync);

    public static readonly Scenario MyTickets = new("查询工单", MyTicketsAsync);

    /// <summary>
    /// 志愿者报名 (volunteer sign-up) is being built on another branch and is not on this one (the bot answers
    /// that it is not available yet). A placeholder: script it here when it lands, and add it to <see cref="Mixed"/>.
    /// </summary>
    public static Scenario? VolunteerSignUp => null;

    /// <summary>The full ticket filing alone: the flow the targets are set for.</summary>
    public static Workload Filing => new("报事 (full filing)", [FileIssue]);

    /// <summary>Every flow there is, in turn.</summary>
    public static Workload Mixed => new("mixed: 报事, 找社管员, 查询工单", [FileIssue, FindLiaison, MyTickets]);

    /// <summary>The two flows that read and write tickets, for the growth benchmark.</summary>
    public static Workload Tickets => new("报事 and 查询工单", [FileIssue, MyTickets]);

    /// <summary>The texts of a filing, in order, for a firm (the echo floor says them too).</summary>
    public static IReadOnlyList<string> FilingAnswers(ScenarioInput input)
    {
        var variant = input.User + input.Iteration;
        return
        [
            "报事",
            input.Firm.CreditCode,
            "是",
            Pick(Categories, variant),
            Pick(Descriptions, variant),
            Pick(Locations, variant),
            Pick(Urgencies, variant),
            "没有",
            Pick(Contacts, variant),
            Pick(Phones, variant),
            Pick(VisitTimes, variant),
            "确认提交",
        ];
    }

    private static readonly string[] Categories = ["安全生产和消防安全", "企业服务", "环境保护和五水共治", "其他"];
    private static readonly string[] Descriptions =
    [
        "仓库门口的消防通道被货物堵住两天了",
        "园区路灯坏了一个星期，晚上下班很不安全",
        "厂区东门外的污水管道破了，污水流到路上",
        "希望园区增加几个共享充电桩方便员工",
    ];
    private static readonly string[] Locations = ["3号车间东侧", "2号仓库门口", "东门外", "跳过"];
    private static readonly string[] Urgencies = ["紧急", "一般"];
    private static readonly string[] Contacts = ["张经理", "李女士", "王先生"];
    private static readonly string[] Phones = ["138 0574 1234", "13905741234", "135-0574-1234"];
    private static readonly string[] VisitTimes = ["明天下午3点", "跳过", "后天上午9点"];

    private static string Pick(string[] values, int variant) => values[variant % values.Length];

    private static async Task FileIssueAsync(Conversation chat, ScenarioInput input)
    {
        var say = FilingAnswers(input);
        await IdentifyAsync(chat, say[0], input.Firm, "请选择问题的类别", "03 firm confirmed");
        await chat.SayAsync(say[3], Expect.Contains("请描述"), key: "04 category");
        await chat.SayAsync(say[4], Expect.Contains("什么位置"), key: "05 description");
        await chat.SayAsync(say[5], Expect.Contains("紧急吗"), key: "06 location");
        await chat.SayAsync(say[6], Expect.Contains("照片"), key: "07 urgency");
        await chat.SayAsync(say[7], Expect.Contains("联系人怎么称呼"), key: "08 photos");
        await chat.SayAsync(say[8], Expect.Contains("联系电话"), key: "09 contact");
        await chat.SayAsync(say[9], Expect.Contains("上门查看"), key: "10 phone");
        await chat.SayAsync(say[10], Expect.Contains("请确认", "企业：" + input.Firm.Name, "问题描述：" + say[4]), key: "11 visit time, summary");
        await chat.SayAsync(say[11], Expect.Contains("工单号 ZB-"), key: "12 confirm, ticket filed");
    }

    private static async Task FindLiaisonAsync(Conversation chat, ScenarioInput input)
    {
        await IdentifyAsync(chat, "找社管员", input.Firm, "社管员：", "03 firm confirmed, liaison");
        var grid = input.Iteration % 10 + 1;
        await chat.SayAsync($"{grid}号网格的社管员", Expect.Contains($"{grid}号网格", "社管员："), key: "04 grid asked");
    }

    private static async Task MyTicketsAsync(Conversation chat, ScenarioInput input)
    {
        var listing = await IdentifyAsync(chat, "查询工单", input.Firm, "贵公司", "03 firm confirmed, list");
        if (!listing.Text.Contains("贵公司共有", StringComparison.Ordinal))
        {
            if (!listing.Text.Contains("还没有工单", StringComparison.Ordinal))
            {
                throw new WrongReplyException($"“是” expected the firm's tickets, got “{listing.Text}”");
            }
            return;
        }
        if (listing.Buttons.Contains("下一页"))
        {
            listing = await chat.SayAsync("下一页", Expect.Contains("贵公司共有", "（第2/"), key: "04 next page");
        }
        var number = listing.Buttons.FirstOrDefault(button => button.StartsWith("ZB-", StringComparison.Ordinal))
            ?? throw new WrongReplyException("the ticket list has no ticket number to pick");
        await chat.SayAsync(number, Expect.Contains($"工单 {number}，当前环节", "办理记录"), key: "05 ticket details");
    }

    /// <summary>The flow's first words, the firm's credit code, "是": the last reply must contain <paramref name="then"/>.</summary>
    private static async Task<BotReply> IdentifyAsync(Conversation chat, string start, FirmAccount firm, string then, string key)
    {
        await chat.SayAsync(start, Expect.Contains("贵公司的名称"), key: "01 start");
        await chat.SayAsync(firm.CreditCode, Expect.Contains($"您是 {firm.Name} 吗"), key: "02 credit code");
        return await chat.SayAsync("是", Expect.Contains(then), key);
    }
}
