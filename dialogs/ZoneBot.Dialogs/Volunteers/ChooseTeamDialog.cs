using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// Which team to join: each team with one line on what it does and how many have joined; a full team
/// says so and the others are offered. The party members' team asks about party membership, and a
/// non-member is told kindly and offered the other teams. Ends with a <see cref="TeamChoice"/>, or null
/// when no team can take the volunteer (they were told why).
/// </summary>
public sealed class ChooseTeamDialog : ComponentDialog
{
    private const string TeamPrompt = "chooseTeam.team";
    private const string PartyPrompt = "chooseTeam.party";
    private const string Steps = "chooseTeam.steps";
    private const string OfferedKey = "offered";
    private const string TeamKey = "team";

    private readonly ITextLocalizer _texts;
    private readonly VolunteerTeams _teams;
    private readonly TeamMention _mention;

    public ChooseTeamDialog(ITextLocalizer texts, VolunteerTeams teams, TeamMention mention, IChoiceWords choiceWords)
        : base(nameof(ChooseTeamDialog))
    {
        _texts = texts;
        _mention = mention;
        _teams = teams;
        AddDialog(new ChoicePrompt(TeamPrompt, texts, RejectFullTeamAsync, choiceWords));
        AddDialog(new ConfirmPrompt(PartyPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [OfferStepAsync, PartyStepAsync, ChosenStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var options = StateValues.To<ChooseTeamOptions>(step.Options) ?? new ChooseTeamOptions();
        var teams = (await _teams.AllAsync(ct)).Where(team => !options.Excluded.Contains(team.Id)).ToList();
        if (teams.FirstOrDefault(team => team.Id == options.PreselectedTeamId) is { } named)
        {
            if (!named.IsFull)
            {
                return await step.NextAsync(named.Id, ct);
            }
            await step.Context.SendActivityAsync(_texts.Get(locale, "volunteer.team.preselectedFull", named.Name), cancellationToken: ct);
        }
        if (teams.All(team => team.IsFull))
        {
            var reason = options.Excluded.Count > 0 ? "volunteer.team.noOther" : "volunteer.team.allFull";
            await step.Context.SendActivityAsync(_texts.Get(locale, reason), cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
        step.Values[OfferedKey] = teams.Select(team => team.Id).ToList();
        var lines = teams.Select((team, i) => _texts.Get(locale, "volunteer.team.line", i + 1, team.Name, team.Description, CountText(locale, team)));
        return await step.PromptAsync(TeamPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.team.ask") + "\n" + string.Join("\n", lines)),
            Choices = [.. teams.Select(team => new Choice(team.Name, [.. _mention.ShortNames(team)])
            {
                ActionTitle = team.IsFull ? _texts.Get(locale, "volunteer.team.fullTitle", team.Name) : null,
                Words = [ChoiceWordLists.Entities(TeamMention.WordsKey(team))],
            })],
            // The validator's list: what to say when the team at that index is picked (empty: it has room).
            Validations = teams.Select(team => team.IsFull ? _texts.Get(locale, "volunteer.team.full", team.Name, team.Members) : string.Empty).ToList(),
            HelpText = _texts.Get(locale, "volunteer.team.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> PartyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var teamId = step.Result switch
        {
            FoundChoice choice => (step.GetValue<List<long>>(OfferedKey) ?? [])[choice.Index],
            var preselected => StateValues.To<long>(preselected),
        };
        var team = await _teams.FindByIdAsync(teamId, ct);
        if (team is null)
        {
            return await step.ReplaceDialogAsync(Steps, new ChooseTeamOptions(), ct);
        }
        step.Values[TeamKey] = new TeamChoice { TeamId = team.Id, TeamName = team.Name };
        if (!team.NeedsPartyMember)
        {
            return await step.NextAsync(null, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(PartyPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.party.ask", team.Name)),
            HelpText = _texts.Get(locale, "volunteer.party.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> ChosenStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var choice = step.GetValue<TeamChoice>(TeamKey)!;
        if (step.Result is bool isMember)
        {
            if (!isMember)
            {
                var locale = Locales.Resolve(step.Context.Activity.Locale);
                await step.Context.SendActivityAsync(_texts.Get(locale, "volunteer.party.notMember", choice.TeamName), cancellationToken: ct);
                var options = StateValues.To<ChooseTeamOptions>(step.Options) ?? new ChooseTeamOptions();
                return await step.ReplaceDialogAsync(Steps, new ChooseTeamOptions { Excluded = [.. options.Excluded, choice.TeamId] }, ct);
            }
            choice.PartyMember = true;
        }
        return await step.EndDialogAsync(choice, ct);
    }

    private string CountText(string locale, VolunteerTeamListing team) => team.Capacity switch
    {
        null => _texts.Get(locale, "volunteer.team.count", team.Members),
        { } capacity when team.IsFull => _texts.Get(locale, "volunteer.team.countFull", team.Members, capacity),
        { } capacity => _texts.Get(locale, "volunteer.team.countWithCapacity", team.Members, capacity),
    };

    private static Task<bool> RejectFullTeamAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct)
    {
        var reasons = StateValues.To<List<string>>(prompt.Options.Validations) ?? [];
        var reason = prompt.Recognized.Value is { } choice && choice.Index < reasons.Count ? reasons[choice.Index] : string.Empty;
        return Task.FromResult(string.IsNullOrEmpty(reason) || prompt.Fail(reason));
    }
}
