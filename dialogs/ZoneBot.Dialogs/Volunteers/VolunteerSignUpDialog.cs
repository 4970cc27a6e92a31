using Microsoft.Extensions.Logging;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// 志愿者报名: consent first (what is collected, why, who sees it, how to leave), then the team, name
/// and phone, employer (optional), availability, a summary to confirm, and only then one transaction
/// stores it all with the leader's alert. A declined consent, a cancel or a "no" at the summary store
/// nothing. The options are the message that started the flow: a team it names is preselected, and
/// the name, mobile and availability it gives (and any answer gives) are kept and not asked again;
/// when it gave all three the optional employer question is left out.
/// </summary>
public sealed class VolunteerSignUpDialog : ComponentDialog
{
    private const string ConsentPromptId = "volunteerSignUp.consent";
    private const string AvailabilityPromptId = "volunteerSignUp.availability";
    private const string SummaryPrompt = "volunteerSignUp.summary";
    private const string Steps = "volunteerSignUp.steps";
    private const string FormKey = "form";
    private const string OpeningKey = "opening";

    private readonly ITextLocalizer _texts;
    private readonly VolunteerTeams _teams;
    private readonly VolunteerSignUps _signUps;
    private readonly FirmDirectory _firms;
    private readonly TimeProvider _time;
    private readonly ILogger<VolunteerSignUpDialog> _logger;
    private readonly MessageReader _reader;

    public VolunteerSignUpDialog(
        ITextLocalizer texts,
        VolunteerTeams teams,
        VolunteerSignUps signUps,
        FirmDirectory firms,
        TimeProvider time,
        ILogger<VolunteerSignUpDialog> logger,
        MessageReader reader,
        ChooseTeamDialog chooseTeam,
        VolunteerContactDialog contact,
        EmployerDialog employer,
        WordLists words,
        IChoiceWords choiceWords,
        AvailabilityReader availability)
        : base(nameof(VolunteerSignUpDialog))
    {
        _texts = texts;
        _teams = teams;
        _signUps = signUps;
        _firms = firms;
        _time = time;
        _logger = logger;
        _reader = reader;
        AddDialog(new ConsentPrompt(ConsentPromptId, texts, words, choiceWords));
        AddDialog(new AvailabilityPrompt(AvailabilityPromptId, texts, availability));
        AddDialog(new ConfirmPrompt(SummaryPrompt, texts));
        AddDialog(chooseTeam);
        AddDialog(contact);
        AddDialog(employer);
        AddDialog(new WaterfallDialog(Steps,
            [ConsentStepAsync, TeamStepAsync, ContactStepAsync, EmployerStepAsync, AvailabilityStepAsync, SummaryStepAsync, SaveStepAsync]));
        InitialDialogId = Steps;
    }

    private Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values[OpeningKey] = step.Options as string;
        return step.PromptAsync(ConsentPromptId, ConsentPrompt.Options(_texts, Locales.Resolve(step.Context.Activity.Locale)), ct);
    }

    private async Task<DialogTurnResult> TeamStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!ConsentPrompt.Agreed(step.Result))
        {
            await SayAsync(step, "volunteer.consent.declined", ct);
            return await step.EndDialogAsync(null, ct);
        }
        var form = new SignUpForm { ConsentAt = _time.GetUtcNow() };
        var opening = await _reader.ReadAsync(step.GetValue<string>(OpeningKey), Locales.Resolve(step.Context.Activity.Locale), Wanted(form) | MessageFact.Team, ct);
        Fill(form, opening);
        form.SaidAllAtOnce = form.Name.Length > 0 && form.Phone.Length > 0 && form.Availability.Length > 0;
        await FillFromAnswerAsync(step, form, ct);
        step.Values[FormKey] = form;
        return await step.BeginDialogAsync(nameof(ChooseTeamDialog), new ChooseTeamOptions { PreselectedTeamId = opening.Team?.Id }, ct);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<TeamChoice>(step.Result) is not { } team)
        {
            return await step.EndDialogAsync(null, ct);
        }
        var form = Form(step);
        (form.TeamId, form.TeamName, form.PartyMember) = (team.TeamId, team.TeamName, team.PartyMember);
        await FillFromAnswerAsync(step, form, ct);
        step.Values[FormKey] = form;
        return await step.BeginDialogAsync(nameof(VolunteerContactDialog), new VolunteerContact { Name = form.Name, Phone = form.Phone }, ct);
    }

    /// <summary>A phone already in the team is told at once, before more questions, and nothing changes.</summary>
    private async Task<DialogTurnResult> EmployerStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var contact = StateValues.To<VolunteerContact>(step.Result)!;
        var form = Form(step);
        (form.Name, form.Phone) = (contact.Name, contact.Phone);
        await FillFromAnswerAsync(step, form, ct);
        step.Values[FormKey] = form;
        if (await _signUps.MemberSinceAsync(form.Phone, form.TeamId, ct) is { } since)
        {
            await AlreadyMemberAsync(step, form, since, ct);
            return await step.EndDialogAsync(null, ct);
        }
        return form.SaidAllAtOnce
            ? await step.NextAsync(null, ct)
            : await step.BeginDialogAsync(nameof(EmployerDialog), null, ct);
    }

    private async Task<DialogTurnResult> AvailabilityStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = Form(step);
        form.EmployerFirmId = StateValues.To<long?>(step.Result);
        await FillFromAnswerAsync(step, form, ct);
        step.Values[FormKey] = form;
        if (form.Availability.Length > 0)
        {
            return await step.NextAsync(form.Availability, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(AvailabilityPromptId, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.availability.ask")),
            HelpText = _texts.Get(locale, "volunteer.availability.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    /// <summary>What the message of this turn says, into the form's empty slots (the answer to a question keeps its own slot).</summary>
    private async Task FillFromAnswerAsync(WaterfallStepContext step, SignUpForm form, CancellationToken ct) =>
        Fill(form, await _reader.ReadAsync(step.Context.Activity.Text, Locales.Resolve(step.Context.Activity.Locale), Wanted(form), ct));

    /// <summary>The facts <see cref="Fill"/> would still take into the form: a message is read for those only.</summary>
    private static MessageFact Wanted(SignUpForm form) =>
        (form.Name.Length == 0 ? MessageFact.PersonName | MessageFact.ContactName : MessageFact.None)
        | (form.Phone.Length == 0 ? MessageFact.Phone : MessageFact.None)
        | (form.Availability.Length == 0 ? MessageFact.Availability : MessageFact.None);

    private static void Fill(SignUpForm form, MessageFacts facts)
    {
        if (form.Name.Length == 0 && (facts.PersonName ?? facts.ContactName) is { } name && VolunteerName.Check(VolunteerName.Normalise(name)) == VolunteerNameProblem.None)
        {
            form.Name = VolunteerName.Normalise(name);
        }
        if (form.Phone.Length == 0 && facts.Phone is ['1', ..] mobile)
        {
            form.Phone = mobile;
        }
        if (form.Availability.Length == 0 && facts.Availability is { } availability)
        {
            form.Availability = availability;
        }
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = Form(step);
        form.Availability = (string)step.Result!;
        step.Values[FormKey] = form;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var employer = form.EmployerFirmId is { } firmId ? (await _firms.FindByIdAsync(firmId, ct))?.Name : null;
        // The phone in full: the one reading it is the one who typed it.
        var summary = _texts.Get(locale, "volunteer.summary",
            form.TeamName,
            form.Name,
            form.Phone,
            employer ?? _texts.Get(locale, "volunteer.summary.noEmployer"),
            AvailabilityPrompt.Describe(_texts, locale, form.Availability),
            form.PartyMember is true ? _texts.Get(locale, "volunteer.summary.party") : string.Empty);
        return await step.PromptAsync(SummaryPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(summary),
            HelpText = _texts.Get(locale, "volunteer.summary.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            await SayAsync(step, "volunteer.abandoned", ct);
            return await step.EndDialogAsync(null, ct);
        }
        var form = Form(step);
        var user = ChatUser.Of(step.Context);
        var outcome = await _signUps.SignUpAsync(new VolunteerSignUp(
            form.TeamId, form.Name, form.Phone, form.EmployerFirmId, form.Availability, form.PartyMember, user.ChannelId, user.UserId, form.ConsentAt), ct);
        switch (outcome.Status)
        {
            case SignUpStatus.Joined:
                _logger.LogInformation(
                    "Volunteer {VolunteerId} ({Phone}) joined team {TeamId}", outcome.VolunteerId, PhoneMask.Mask(form.Phone), form.TeamId);
                await SayAsync(step, "volunteer.joined", ct, form.TeamName);
                break;
            case SignUpStatus.AlreadyMember:
                await AlreadyMemberAsync(step, form, outcome.Since ?? _time.GetUtcNow(), ct);
                break;
            case SignUpStatus.TeamFull:
                await SayAsync(step, "volunteer.teamFull", ct, form.TeamName);
                break;
            default:
                _logger.LogWarning("Sign-up for team {TeamId} refused: {Status}", form.TeamId, outcome.Status);
                await SayAsync(step, "volunteer.notSaved", ct);
                break;
        }
        return await step.EndDialogAsync(outcome.Status, ct);
    }

    private Task AlreadyMemberAsync(WaterfallStepContext step, SignUpForm form, DateTimeOffset since, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var date = ZoneTime.ToZoneTime(since).ToString(_texts.Get(locale, "volunteer.dateFormat"), System.Globalization.CultureInfo.InvariantCulture);
        return SayAsync(step, "volunteer.alreadyMember", ct, PhoneMask.Mask(form.Phone), date, form.TeamName);
    }

    private static SignUpForm Form(WaterfallStepContext step) => step.GetValue<SignUpForm>(FormKey) ?? new SignUpForm();

    private Task SayAsync(WaterfallStepContext step, string key, CancellationToken ct, params object?[] args) =>
        step.Context.SendActivityAsync(_texts.Get(Locales.Resolve(step.Context.Activity.Locale), key, args), cancellationToken: ct);
}
