using System.Globalization;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// 我的报名: the teams this chat user joined, with the details they gave (their own phone in full),
/// then leave one (退出), delete everything (删除我的信息) or go back. Leaving the last team deletes the
/// person's data and says so. The options are the message that started it: "退出巡防队" goes straight
/// to leaving that team.
/// </summary>
public sealed class MyVolunteeringDialog : ComponentDialog
{
    private const string ActionPrompt = "myVolunteering.action";
    private const string LeavePrompt = "myVolunteering.leave";
    private const string Steps = "myVolunteering.steps";
    private const string MembershipsKey = "memberships";
    private const string LeavingKey = "leaving";

    private readonly ITextLocalizer _texts;
    private readonly VolunteerMemberships _memberships;
    private readonly Menu _menu;
    private readonly EntityWords _words;
    private readonly TeamMention _mention;

    public MyVolunteeringDialog(ITextLocalizer texts, VolunteerMemberships memberships, Menu menu, DeleteMyDataDialog deleteMyData, EntityWords words, TeamMention mention)
        : base(nameof(MyVolunteeringDialog))
    {
        _texts = texts;
        _memberships = memberships;
        _menu = menu;
        _words = words;
        _mention = mention;
        AddDialog(new ChoicePrompt(ActionPrompt, texts));
        AddDialog(new ConfirmPrompt(LeavePrompt, texts));
        AddDialog(deleteMyData);
        AddDialog(new WaterfallDialog(Steps, [ListStepAsync, ActionStepAsync, LeaveStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var memberships = (await _memberships.OfChatUserAsync(user.ChannelId, user.UserId, ct)).ToList();
        if (memberships.Count == 0)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "mine.none"), cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
        step.Values[MembershipsKey] = memberships;
        await step.Context.SendActivityAsync(Describe(locale, memberships), cancellationToken: ct);

        var opening = step.Options as string;
        var leaveWords = _words.For(locale, "team.leave");
        if (opening is not null && leaveWords.Any(leave => TextNormalizer.Normalize(opening).Contains(leave, StringComparison.Ordinal))
            && _mention.Find(opening, memberships, TeamOf) is { } named)
        {
            return await step.NextAsync(new FoundChoice { Value = named.TeamName, Index = memberships.IndexOf(named) }, ct);
        }
        // A team's word, alone or after a leave word, picks leaving that team; with one team, a leave word alone leaves it (it is no cancel here).
        var choices = memberships
            .Select(m => new Choice(_texts.Get(locale, "mine.leave", m.TeamName),
                [.. _mention.WordsFor(TeamOf(m)).SelectMany(word => leaveWords.Select(leave => leave + word).Prepend(word)), .. memberships.Count == 1 ? leaveWords : []]))
            .Append(new Choice(_texts.Get(locale, "mine.deleteAll")))
            .Append(new Choice(_texts.Get(locale, "mine.back")))
            .ToList();
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "mine.ask")),
            Choices = choices,
            HelpText = _texts.Get(locale, "mine.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ActionStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var memberships = step.GetValue<List<MyMembership>>(MembershipsKey) ?? [];
        var index = ((FoundChoice)step.Result!).Index;
        if (index == memberships.Count)
        {
            return await step.BeginDialogAsync(nameof(DeleteMyDataDialog), null, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (index > memberships.Count)
        {
            await step.Context.SendActivityAsync(_menu.Create(locale, _texts.Get(locale, "menu.prompt")), ct);
            return await step.EndDialogAsync(null, ct);
        }
        var leaving = memberships[index];
        step.Values[LeavingKey] = leaving;
        var isLast = memberships.Count(m => m.VolunteerId == leaving.VolunteerId) == 1;
        return await step.PromptAsync(LeavePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, isLast ? "mine.confirmLeaveLast" : "mine.confirmLeave", leaving.TeamName)),
            HelpText = _texts.Get(locale, "mine.leave.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> LeaveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not bool confirmed)
        {
            return await step.EndDialogAsync(step.Result, ct); // back from deleting everything
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var leaving = step.GetValue<MyMembership>(LeavingKey)!;
        if (!confirmed)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "mine.stayed", leaving.TeamName), cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
        var user = ChatUser.Of(step.Context);
        var key = await _memberships.LeaveAsync(user.ChannelId, user.UserId, leaving.MembershipId, ct) switch
        {
            LeaveOutcome.LeftAndDeleted => "mine.leftAndDeleted",
            LeaveOutcome.Left => "mine.left",
            _ => "mine.notFound",
        };
        await step.Context.SendActivityAsync(_texts.Get(locale, key, leaving.TeamName), cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static VolunteerTeamListing TeamOf(MyMembership membership) => new() { Code = membership.TeamCode, Name = membership.TeamName };

    /// <summary>Each person this chat user signed up (usually one), then their teams.</summary>
    private string Describe(string locale, IReadOnlyList<MyMembership> memberships)
    {
        var dateFormat = _texts.Get(locale, "volunteer.dateFormat");
        var lines = new List<string> { _texts.Get(locale, "mine.header") };
        foreach (var person in memberships.GroupBy(m => m.VolunteerId))
        {
            var first = person.First();
            lines.Add(_texts.Get(locale, "mine.person", first.VolunteerName, first.Phone, first.EmployerName ?? _texts.Get(locale, "volunteer.summary.noEmployer")));
            lines.AddRange(person.Select(m => _texts.Get(locale, "mine.team",
                m.TeamName,
                ZoneTime.ToZoneTime(m.JoinedAt).ToString(dateFormat, CultureInfo.InvariantCulture),
                AvailabilityPrompt.Describe(_texts, locale, m.Availability))));
        }
        return string.Join("\n", lines);
    }
}
