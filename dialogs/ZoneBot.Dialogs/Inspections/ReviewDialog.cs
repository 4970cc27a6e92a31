using System.Globalization;
using Microsoft.Bot.Schema;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// 复查: the hazards whose firms answered, in the officer's scope. A reported rectification is shown with the
/// firm's words and photos, then accepted (通过, 好的) or sent back (退回, with a note); a request for more time is
/// granted (同意) or refused (不同意). Every hazard accepted closes the inspection (闭环). Then the next one.
/// </summary>
public sealed class ReviewDialog : ComponentDialog
{
    private const string Steps = "review.steps";
    private const string One = "review.one";
    private const string PickPrompt = "review.pick";
    private const string DecisionPrompt = "review.decision";
    private const string ExtensionPrompt = "review.extension";
    private const string NotePrompt = "review.note";

    private readonly InspectionTexts _texts;
    private readonly InspectionWords _words;
    private readonly ChatPresence _presence;
    private readonly InspectionReviews _reviews;

    public ReviewDialog(ITextLocalizer texts, InspectionTexts inspectionTexts, InspectionWords words, ChatPresence presence, InspectionReviews reviews)
        : base(nameof(ReviewDialog))
    {
        (_texts, _words, _presence, _reviews) = (inspectionTexts, words, presence, reviews);
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new TextPrompt(DecisionPrompt, texts, ValidateDecisionAsync, maxLength: 300));
        AddDialog(new TextPrompt(ExtensionPrompt, texts, ValidateExtensionAsync, maxLength: 300));
        AddDialog(new TextPrompt(NotePrompt, texts, minLength: 2, maxLength: 300));
        AddDialog(new WaterfallDialog(Steps, [ListStepAsync, PickedStepAsync]));
        AddDialog(new WaterfallDialog(One, [ShowStepAsync, DecidedStepAsync, NoteStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        if (await _presence.OfficerAsync(user.ChannelId, user.UserId, ct) is not { } officer)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.notOfficer"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var pending = await _reviews.PendingAsync(officer, ct);
        if (pending.Count == 0)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.review.none"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (pending.Count == 1)
        {
            return await step.ReplaceDialogAsync(One, pending[0].Id, ct);
        }
        var lines = pending.Select((hazard, i) => _texts.Get(locale, "inspection.review.line", i + 1, hazard.FirmName,
            InspectionTexts.ItemName(hazard.ItemCode, locale), _texts.Get(locale, "inspection.status." + hazard.Status)));
        var choices = pending.Select((hazard, i) => new Choice(hazard.Id.ToString(CultureInfo.InvariantCulture))
        {
            ActionTitle = (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + InspectionTexts.ItemName(hazard.ItemCode, locale),
        }).ToList();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.review.header", pending.Count) + "\n" + string.Join("\n", lines)
                + "\n" + _texts.Get(locale, "inspection.review.pick")),
            Choices = choices,
            HelpText = _texts.Get(locale, "inspection.review.pick"),
        }, ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.ReplaceDialogAsync(One, long.Parse(((FoundChoice)step.Result!).Value, CultureInfo.InvariantCulture), ct);

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var hazardId = StateValues.To<long>(step.Options);
        step.Values["hazard"] = hazardId;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        var hazard = officer is null ? null : await _reviews.FindAsync(officer, hazardId, ct);
        if (hazard is null || hazard.Status is not (Domain.HazardStatus.Reported or Domain.HazardStatus.ExtensionAsked))
        {
            return await step.ReplaceDialogAsync(Steps, null, ct);
        }
        var extension = hazard.Status == Domain.HazardStatus.ExtensionAsked;
        step.Values["extension"] = extension;
        var item = InspectionTexts.ItemName(hazard.ItemCode, locale);
        var text = extension
            ? _texts.Get(locale, "inspection.review.extension", hazard.FirmName, item, hazard.Note, hazard.ExtensionDays, hazard.FirmNote, _texts.Due(hazard.DueAt, locale))
            : _texts.Get(locale, "inspection.review.report", hazard.FirmName, item, hazard.Note, hazard.FirmNote, hazard.RectifiedPhotos);
        string[] buttons = extension
            ? [_texts.Get(locale, "inspection.review.grant"), _texts.Get(locale, "inspection.review.refuse")]
            : [_texts.Get(locale, "inspection.review.accept"), _texts.Get(locale, "inspection.review.sendBack")];
        var prompt = new PromptQuestion(text, buttons);
        if (!extension)
        {
            prompt.Attachments = [.. (await _reviews.RectifiedPhotosAsync(hazard.Id, ct))
                .Select(photo => new PromptAttachment(photo.ContentType, photo.Url, photo.Name))];
        }
        return await step.PromptAsync(extension ? ExtensionPrompt : DecisionPrompt, new PromptOptions
        {
            Prompt = prompt,
            HelpText = _texts.Get(locale, extension ? "inspection.review.extension.help" : "inspection.review.report.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DecidedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var answer = (string)step.Result!;
        var extension = step.GetValue<bool>("extension");
        if (extension || _words.Is(answer, locale, "inspection.acceptWords"))
        {
            return await DecideAsync(step, answer, null, ct);
        }
        // “退回：通道里还有纸箱” carries its note; “退回” alone is asked for one.
        var note = _words.After(answer, locale, "inspection.sendBackWords")?.TrimStart(':', ',', ' ') ?? answer;
        if (note.Length >= 2)
        {
            return await DecideAsync(step, answer, note, ct);
        }
        return await step.PromptAsync(NotePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.review.note")),
            HelpText = _texts.Get(locale, "inspection.review.note"),
        }, ct);
    }

    private async Task<DialogTurnResult> NoteStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await DecideAsync(step, string.Empty, (string)step.Result!, ct);

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, string answer, string? note, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var hazardId = step.GetValue<long>("hazard");
        var user = ChatUser.Of(step.Context);
        if (await _presence.OfficerAsync(user.ChannelId, user.UserId, ct) is not { } officer)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var outcome = step.GetValue<bool>("extension")
            ? _words.Is(answer, locale, "inspection.refuseWords")
                ? await _reviews.RefuseExtensionAsync(officer, hazardId, null, ct)
                : await _reviews.GrantExtensionAsync(officer, hazardId, ct)
            : note is null
                ? await _reviews.AcceptAsync(officer, hazardId, ct)
                : await _reviews.SendBackAsync(officer, hazardId, note, ct);
        await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.review.done." + outcome), cancellationToken: ct);
        var next = await _reviews.PendingAsync(officer, ct);
        return next.Count == 0 ? await step.EndDialogAsync(cancellationToken: ct) : await step.ReplaceDialogAsync(Steps, null, ct);
    }

    private Task<bool> ValidateDecisionAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var answer = prompt.Recognized.Value;
        var understood = _words.Is(answer, prompt.Locale, "inspection.acceptWords") || _words.After(answer, prompt.Locale, "inspection.sendBackWords") is not null;
        return Task.FromResult(understood || prompt.Fail(_texts.Get(prompt.Locale, "inspection.review.report.help")));
    }

    private Task<bool> ValidateExtensionAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var answer = prompt.Recognized.Value;
        var understood = _words.Is(answer, prompt.Locale, "inspection.refuseWords") || _words.Is(answer, prompt.Locale, "inspection.acceptWords");
        return Task.FromResult(understood || prompt.Fail(_texts.Get(prompt.Locale, "inspection.review.extension.help")));
    }
}
