using System.Text.RegularExpressions;
using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// An officer at work: binds its chat with its code (the first time), 我的待办, opens a ticket that waits for 研判 or
/// 反馈 (each officer a different one of the list, so that they rarely collide), 研判 with a note, 反馈 with a message
/// to the firm, then 返回. Another officer may have moved the ticket in between: the bot's answer that the stage has
/// moved on is a right answer then, and the officer stops there.
/// </summary>
public static class OfficerScenario
{
    public static async Task RunAsync(Conversation chat, ScenarioInput input)
    {
        var seat = input.RequireSupport("officers'").Officers.For(input.User);
        chat.SpeakAs(seat.ChatUserId);
        await seat.EnsureBoundAsync(
            () => chat.SayAsync(TypedTexts.Get("officer.bind", seat.Code), Expect.Says("bind.bound"), key: "00 bind (once per officer)"),
            chat.Cancellation);

        var header = Expect.Says("myTasks.header");
        var list = await chat.SayAsync(BotTexts.Text("menu.myTasks"), header.Or(Expect.Says("myTasks.none")), key: "01 my tasks");
        if (!header.Check(list))
        {
            return;
        }

        var number = Pick(list, input.User);
        var view = await chat.SayAsync(number, Expect.Contains(number).And(Expect.Says("officerTicket.prompt").Or(Expect.Says("officerTicket.prompt.none"))), key: "02 ticket opened");
        view = await ActAsync(chat, view, number, "assess", "officer.done.assess", TypedTexts.Get("officer.assessNote"), "03 assess");
        view = await ActAsync(chat, view, number, "feed_back", "officer.done.feed_back", TypedTexts.Get("officer.feedBackNote"), "04 feed back");
        await chat.SayAsync(BotTexts.Text("officerTicket.action.done"), Expect.Says("menu.prompt"), key: "05 back to the menu");
    }

    /// <summary>
    /// The action typed with its note when the ticket offers it ("研判 属实，…"): done, or (another officer was first)
    /// told that the stage has moved on. Nothing is sent when the ticket does not offer it.
    /// </summary>
    private static async Task<BotReply> ActAsync(Conversation chat, BotReply view, string number, string action, string doneKey, string note, string key)
    {
        var word = BotTexts.Text("officerTicket.action." + action);
        if (!view.Buttons.Contains(word))
        {
            return view;
        }
        return await chat.SayAsync($"{word} {note}", Expect.Says(doneKey, number).Or(Expect.Says("officer.notAllowed", number)), key: key);
    }

    /// <summary>A ticket of the list that waits for 研判 or 反馈, a different one per officer; else the first on the list.</summary>
    internal static string Pick(BotReply list, int user)
    {
        var waiting = new[] { "stage.reported", "stage.assessed" }
            .Select(stage => BotTexts.Pattern("myTasks.line", ZoneBotScenarios.TicketNumber, null, BotTexts.Text(stage), null))
            .ToList();
        var candidates = list.Text.Split('\n')
            .Where(line => waiting.Any(pattern => pattern.IsMatch(line)))
            .Select(line => ZoneBotScenarios.TicketNumber.Match(line).Value)
            .ToList();
        if (candidates.Count > 0)
        {
            return candidates[user % candidates.Count];
        }
        return list.Buttons.FirstOrDefault(button => ZoneBotScenarios.TicketNumber.IsMatch(button))
            ?? throw new WrongReplyException("我的待办 lists no ticket number to open");
    }
}
