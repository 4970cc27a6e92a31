using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// 志愿者报名 as a volunteer goes through it: consent, a team (the party team's question answered when it is
/// picked), name, a mobile number of its own, employer (by credit code every other time), availability, the summary,
/// then 我的报名 and leaving the team, which deletes the person again: the demo zone's teams do not fill up over a
/// long run, and every run signs up the same way.
/// </summary>
public static class VolunteerScenario
{
    private static readonly string[] Names = ["林晓峰", "陈雨桐", "王国庆", "赵子涵", "周明", "吴婷婷", "Li Ming"];
    private static readonly string[] Availabilities = ["周末和晚上", "工作日", "都可以", "晚上"];

    // Every sign-up of this process gets a number of its own: a phone already in the team would be told so.
    private static int _phones;

    public static async Task RunAsync(Conversation chat, ScenarioInput input)
    {
        var variant = input.User + input.Iteration;
        var name = ZoneBotScenarios.Pick(Names, variant);
        var phone = "139" + (10_000_000 + Interlocked.Increment(ref _phones) % 90_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // In the mixed workload every fourth variant is a sign-up: mix the employer in over those too.
        var withEmployer = (variant / 4 + variant) % 2 == 0;

        await chat.SayAsync("志愿者报名", Expect.Says("volunteer.consent"), key: "01 start, consent");
        var teams = await chat.SayAsync(BotTexts.Text("volunteer.consent.agree"), Expect.Says("volunteer.team.ask"), key: "02 consent given, teams");
        if (teams.Buttons.Count == 0)
        {
            throw new WrongReplyException("the team question offers no team to pick");
        }
        var team = teams.Buttons[variant % teams.Buttons.Count];
        var reply = await chat.SayAsync(team, Expect.Anything, key: "03 team");
        Question[] questions =
        [
            Question.Of("volunteer.party.ask", "是"),
            Question.Of("volunteer.name.ask", name),
            Question.Of("volunteer.phone.ask", phone),
            Question.Of("volunteer.employer.ask", withEmployer ? "是" : "不用了"),
            Question.Of("firm.ask", input.Firm.CreditCode),
            new("firm.confirm", Expect.Says("firm.confirm", input.Firm.Name), "是"),
            Question.Of("volunteer.availability.ask", ZoneBotScenarios.Pick(Availabilities, variant)),
        ];
        var summary = Expect.Says("volunteer.summary", team, name, phone, withEmployer ? input.Firm.Name : BotTexts.Text("volunteer.summary.noEmployer"));
        await Question.AnswerUntilAsync(chat, reply, questions, summary);
        await chat.SayAsync("确认", Expect.Says("volunteer.joined", team), key: "signed up");

        var leave = BotTexts.Text("mine.leave", team);
        var mine = await chat.SayAsync("我的报名", Expect.Says("mine.person", name, phone), key: "我的报名");
        if (!mine.Buttons.Contains(leave))
        {
            throw new WrongReplyException($"我的报名 offers no “{leave}”: {string.Join(", ", mine.Buttons)}");
        }
        await chat.SayAsync(leave, Expect.Says("mine.confirmLeaveLast", team), key: "leave asked");
        await chat.SayAsync("是", Expect.Says("mine.leftAndDeleted", team), key: "left, data deleted");
    }
}
