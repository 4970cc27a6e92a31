using System.Text.RegularExpressions;
using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// ZoneBot's flows as a firm's clerk or a volunteer goes through them, with the answers of the dialog tests
/// (tests/ZoneBot.Dialogs.Tests): every user is new, so a firm's clerk first identifies the firm by credit code.
/// Replies are recognised by the bot's own texts (<see cref="BotTexts"/>), and what matters is checked: the
/// summary names the firm and the problem, the ticket has a number, the volunteer is in the team and then out.
/// The forms' questions are answered in whatever order they are asked (<see cref="Question"/>).
/// </summary>
public static class ZoneBotScenarios
{
    /// <summary>The turn that files the ticket, named in the growth benchmark.</summary>
    public const string ConfirmKey = "confirm, ticket filed";

    /// <summary>The 查询工单 turns that read tickets (the list, the next page, one ticket), named in the growth benchmark.</summary>
    public static readonly IReadOnlyList<string> MyTicketsKeys = ["03b code, verified, list", "04 next page", "05 ticket details"];

    public static readonly Regex TicketNumber = new(@"ZB-\d{8}-\d{4}", RegexOptions.CultureInvariant);

    public static readonly Scenario FileIssue = new("报事", FileIssueAsync);

    public static readonly Scenario FindLiaison = new("找社管员", FindLiaisonAsync);

    public static readonly Scenario MyTickets = new("查询工单", MyTicketsAsync);

    public static readonly Scenario Volunteering = new("志愿者报名", VolunteerScenario.RunAsync);

    public static readonly Scenario OfficerActions = new("officer actions", OfficerScenario.RunAsync);

    /// <summary>The full ticket filing alone: the flow the targets are set for.</summary>
    public static Workload Filing => new("报事 (full filing)", [FileIssue]);

    /// <summary>Every flow there is, in turn, and officers at work on the tickets (the run must prepare <see cref="ScenarioSupport"/>).</summary>
    public static Workload Mixed => new("mixed: 报事, 找社管员, 查询工单 (verified), 志愿者报名, officer actions", [FileIssue, FindLiaison, MyTickets, Volunteering, OfficerActions]);

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
            BotTexts.Text("fileIssue.submit"),
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

    internal static string Pick(string[] values, int variant) => values[variant % values.Length];

    private static async Task FileIssueAsync(Conversation chat, ScenarioInput input)
    {
        var say = FilingAnswers(input);
        var reply = await IdentifyAsync(chat, say[0], input.Firm, Expect.Anything, "03 firm confirmed");
        Question[] questions =
        [
            Question.Of("fileIssue.category.propose", "是"),
            Question.Of("fileIssue.category", say[3]),
            Question.Of("fileIssue.description", say[4]),
            Question.Of("fileIssue.location", say[5]),
            Question.Of("fileIssue.urgency", say[6]),
            Question.Of("fileIssue.photos", say[7]),
            Question.Of("fileIssue.contact.reuse", "是"),
            Question.Of("fileIssue.contact.name", say[8]),
            Question.Of("fileIssue.contact.phone", say[9]),
            Question.Of("fileIssue.visitTime", say[10]),
        ];
        var summary = Expect.Says("fileIssue.review")
            .And(Expect.Says("fileIssue.summary.firm", input.Firm.Name))
            .And(Expect.Says("fileIssue.summary.description", say[4]));
        await Question.AnswerUntilAsync(chat, reply, questions, summary);
        var filed = await chat.SayAsync(say[11], Expect.Says("fileIssue.filed", TicketNumber), key: ConfirmKey);
        input.Support?.Filed?.Add(TicketNumber.Match(filed.Text).Value);
    }

    private static async Task FindLiaisonAsync(Conversation chat, ScenarioInput input)
    {
        await IdentifyAsync(chat, "找社管员", input.Firm, Expect.Says("liaison.details"), "03 firm confirmed, liaison");
        var grid = input.Iteration % 10 + 1;
        await chat.SayAsync($"{grid}号网格的社管员", Expect.Contains($"{grid}号网格").And(Expect.Says("liaison.details")), key: "04 grid asked");
    }

    /// <summary>
    /// 查询工单 as a member of the firm: identifies the firm, verifies with a code its liaison handed out (issued before
    /// the run, <see cref="FirmCodes"/>), and reads the whole firm's list, its next page and one ticket.
    /// </summary>
    private static async Task MyTicketsAsync(Conversation chat, ScenarioInput input)
    {
        var codes = input.RequireSupport(MyTickets.Name).Codes;
        var header = Expect.Says("myTickets.header");
        var none = Expect.Says("myTickets.none");
        var verify = Expect.Says("verify.needed", input.Firm.Name);
        var listing = await IdentifyAsync(chat, BotTexts.Text("menu.myTickets"), input.Firm, verify.Or(header).Or(none), "03 firm confirmed, verify asked");
        if (verify.Check(listing))
        {
            var byCode = BotTexts.Text("verify.choice.liaison");
            if (!listing.Buttons.Contains(byCode))
            {
                throw new WrongReplyException($"the verification offers no “{byCode}”: {string.Join(", ", listing.Buttons)}");
            }
            await chat.SayAsync(byCode, Expect.Says("verify.code.ask"), key: "03a liaison code chosen");
            var code = await codes.TakeAsync(input.Firm.Id, chat.Cancellation);
            listing = await chat.SayAsync(code, Expect.Says("verify.verified", input.Firm.Name).And(header.Or(none)), key: MyTicketsKeys[0]);
        }
        if (!header.Check(listing))
        {
            return;
        }
        var nextPage = BotTexts.Text("myTickets.nextPage");
        if (listing.Buttons.Contains(nextPage))
        {
            listing = await chat.SayAsync(nextPage, Expect.Says("myTickets.header", null, 2), key: MyTicketsKeys[1]);
        }
        var number = listing.Buttons.FirstOrDefault(button => TicketNumber.IsMatch(button))
            ?? throw new WrongReplyException("the ticket list has no ticket number to pick");
        await chat.SayAsync(number, Expect.Says("ticket.header", number).And(Expect.Says("ticket.history")), key: MyTicketsKeys[2]);
    }

    /// <summary>The flow's first words, the firm's credit code, "是": the last reply must be <paramref name="then"/>.</summary>
    internal static async Task<BotReply> IdentifyAsync(Conversation chat, string start, FirmAccount firm, Expect then, string key)
    {
        await chat.SayAsync(start, Expect.Says("firm.ask").Or(Expect.Says("liaison.ask")), key: "01 start");
        await chat.SayAsync(firm.CreditCode, Expect.Says("firm.confirm", firm.Name), key: "02 credit code");
        return await chat.SayAsync("是", then, key);
    }
}
