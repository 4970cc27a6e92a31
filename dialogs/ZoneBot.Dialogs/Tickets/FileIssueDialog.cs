using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;
using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// 报事: identify the firm, fill the form (<see cref="TicketForm"/>), show the summary, then file the
/// ticket or correct one field (修改). The options are the message that started the flow (a
/// <see cref="FileIssueStart"/>, or its text): it is read for every fact (the firm it names, the
/// problem, place, urgency, contact, visit time), and the form asks only for what it did not say.
/// </summary>
public sealed class FileIssueDialog : ComponentDialog
{
    private const string Steps = "fileIssue.steps";
    private const string Review = "fileIssue.review";
    private const string ReviewPrompt = "fileIssue.reviewChoice";
    private const string EditPrompt = "fileIssue.editChoice";

    private readonly ITextLocalizer _texts;
    private readonly MessageReader _reader;
    private readonly TicketSummary _summary;
    private readonly TicketSubmission _submission;

    public FileIssueDialog(
        ITextLocalizer texts, MessageReader reader, TicketForm form, TicketSummary summary, TicketSubmission submission, IdentifyFirmDialog identifyFirm, IChoiceWords choiceWords)
        : base(nameof(FileIssueDialog))
    {
        _texts = texts;
        _reader = reader;
        _summary = summary;
        _submission = submission;
        AddDialog(identifyFirm);
        AddDialog(form);
        AddDialog(new ChoicePrompt(ReviewPrompt, texts, words: choiceWords));
        AddDialog(new ChoicePrompt(EditPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [IdentifyFirmStepAsync, FillFormStepAsync, ReviewStepAsync]));
        // Review loops on itself after a correction: 修改 → which field → ask it → review again.
        AddDialog(new WaterfallDialog(Review, [ShowSummaryStepAsync, ReviewChoiceStepAsync, EditFieldStepAsync, ReviewAgainStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> IdentifyFirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var start = Start(step.Options);
        step.Values["start"] = start;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        // "我是永胜灯具的，…": the firm named is asked about ("您是 … 吗？") instead of asking for a name.
        var named = (await _reader.ReadAsync(start.Message, locale, MessageFact.Firm, ct)).Firm;
        var options = named is null ? null : IdentifyFirmDialog.WithQuery(named.Single?.Name ?? named.Text);
        return await step.BeginDialogAsync(nameof(IdentifyFirmDialog), options, ct);
    }

    private static FileIssueStart Start(object? options) => options switch
    {
        string text => new FileIssueStart { Message = text },
        TicketSeed seed => new FileIssueStart { Message = seed.FirstMessage ?? seed.Description, Seed = seed },
        _ => StateValues.To<FileIssueStart>(options) ?? new FileIssueStart(),
    };

    private async Task<DialogTurnResult> FillFormStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<long?>(step.Result) is not { } firmId)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var start = step.GetValue<FileIssueStart>("start") ?? new FileIssueStart();
        if (start.Seed is { } seed)
        {
            return await step.BeginDialogAsync(nameof(TicketForm), seed.ToDraft(firmId), ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var draft = new TicketDraft { FirmId = firmId };
        // Only a message that says what happened is kept as the description, not a menu word like "报事".
        TicketDraftFacts.FillFromFirstMessage(draft, start.Message, await _reader.ReadAsync(start.Message, locale, TicketDraftFacts.FirstMessage, ct), start.Photos);
        return await step.BeginDialogAsync(nameof(TicketForm), draft, ct);
    }

    private async Task<DialogTurnResult> ReviewStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<TicketDraft>(step.Result) is { SkipReview: true } urgent)
        {
            await _submission.SubmitAsync(step.Context, urgent, ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        return await step.ReplaceDialogAsync(Review, step.Result, ct);
    }

    private async Task<DialogTurnResult> ShowSummaryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = StateValues.To<TicketDraft>(step.Options)!;
        step.Values["draft"] = draft;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(ReviewPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(await _summary.DescribeAsync(draft, locale, ct) + RoutingNotice(draft, locale) + "\n" + _texts.Get(locale, "fileIssue.review")),
            Choices =
            [
                new(_texts.Get(locale, "fileIssue.submit")) { Words = [ChoiceWordLists.Vocabulary("fileIssue.submit")] },
                new(_texts.Get(locale, "fileIssue.edit")) { Words = [ChoiceWordLists.Vocabulary("fileIssue.edit")] },
            ],
            HelpText = _texts.Get(locale, "fileIssue.review.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    /// <summary>A complaint or a report says, before it is confirmed, who will see it (and who will not).</summary>
    private string RoutingNotice(TicketDraft draft, string locale) =>
        draft.Routing.IsSecretaryOnly ? "\n" + _texts.Get(locale, "safety.notice." + draft.Routing.Code) : string.Empty;

    private async Task<DialogTurnResult> ReviewChoiceStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<TicketDraft>("draft")!;
        if (step.Result is FoundChoice { Index: 0 })
        {
            await _submission.SubmitAsync(step.Context, draft, ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(EditPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "fileIssue.editWhich")),
            Choices = [.. TicketForm.EditableFields.Select(field => new Choice(_texts.Get(locale, "fileIssue.field." + field)))],
        }, ct);
    }

    private async Task<DialogTurnResult> EditFieldStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<TicketDraft>("draft")!;
        draft.Clear(TicketForm.EditableFields[((FoundChoice)step.Result!).Index]);
        return await step.BeginDialogAsync(nameof(TicketForm), draft, ct);
    }

    private async Task<DialogTurnResult> ReviewAgainStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.ReplaceDialogAsync(Review, step.Result, ct);
}
