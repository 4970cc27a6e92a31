using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// One hazard (隐患) of an inspection: what was found (unless the answer to the item said it), photos (or 跳过),
/// and the deadline: the days the officer named (“限期三天”, clock days), or the one proposed from the hazard's
/// level and the firm's colour in working days, accepted (好的) or changed (“5天”, “12月10日”). Ends with the <see cref="HazardDraft"/>.
/// </summary>
public sealed class HazardDialog : ComponentDialog
{
    private const string Steps = "hazard.steps";
    private const string NotePrompt = "hazard.note";
    private const string PhotosPrompt = "hazard.photos";
    private const string DeadlinePrompt = "hazard.deadline";

    private readonly InspectionTexts _texts;
    private readonly InspectionWords _words;
    private readonly RectificationDeadlines _deadlines;
    private readonly TimeProvider _time;

    public HazardDialog(ITextLocalizer texts, InspectionTexts inspectionTexts, InspectionWords words, WordLists wordLists, RectificationDeadlines deadlines, TimeProvider time)
        : base(nameof(HazardDialog))
    {
        (_texts, _words, _deadlines, _time) = (inspectionTexts, words, deadlines, time);
        AddDialog(new TextPrompt(NotePrompt, texts, minLength: 2, maxLength: 300));
        AddDialog(new PhotoPrompt(PhotosPrompt, texts, wordLists));
        AddDialog(new TextPrompt(DeadlinePrompt, texts, ValidateDeadlineAsync, maxLength: 50));
        AddDialog(new WaterfallDialog(Steps, [NoteStepAsync, PhotosStepAsync, DeadlineStepAsync, DoneStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> NoteStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = StateValues.To<HazardDraft>(step.Options)!;
        step.Values["draft"] = draft;
        if (draft.Note.Length > 0)
        {
            return await step.NextAsync(draft.Note, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(NotePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.hazard.note", InspectionTexts.ItemName(draft.ItemCode, locale))),
            HelpText = _texts.Get(locale, "inspection.hazard.note.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> PhotosStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<HazardDraft>("draft")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        draft.Note = (string)step.Result!;
        draft.Level = (_words.Has(draft.Note, locale, "inspection.major") ? HazardLevel.Major : HazardLevel.General).Code;
        draft.StatedDays = _words.DaysAfter(draft.Note, locale, "inspection.deadlineWords") is { } days && days <= _deadlines.Options.MaxDays ? days : null;
        step.Values["draft"] = draft;
        var photos = PhotoPrompt.PhotosOf(step.Context.Activity);
        if (photos.Count > 0)
        {
            return await step.NextAsync(photos, ct);
        }
        return await step.PromptAsync(PhotosPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.hazard.photos"), _texts.Get(locale, "inspection.skip")),
            HelpText = _texts.Get(locale, "inspection.hazard.photos.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DeadlineStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<HazardDraft>("draft")!;
        draft.Photos = StateValues.To<List<PhotoReference>>(step.Result) ?? [];
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var today = ZoneTime.Today(_time);
        var level = HazardLevel.FromCode(draft.Level);
        if (draft.StatedDays is { } stated)
        {
            draft.LastDay = today.AddDays(stated);
            step.Values["draft"] = draft;
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.deadline.stated", _texts.Day(draft.LastDay, locale), stated), cancellationToken: ct);
            return await step.EndDialogAsync(draft, ct);
        }
        var colour = FirmColour.FromCode(draft.Colour);
        draft.LastDay = _deadlines.Propose(today, level, colour);
        step.Values["draft"] = draft;
        return await step.PromptAsync(DeadlinePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(
                _texts.Get(locale, "inspection.deadline.proposed",
                    _texts.Day(draft.LastDay, locale), _texts.Level(draft.Level, locale), _texts.Colour(colour, locale), _deadlines.WorkingDaysFor(level, colour)),
                _texts.Get(locale, "inspection.accept")),
            HelpText = _texts.Get(locale, "inspection.deadline.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<HazardDraft>("draft")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (Chosen((string)step.Result!, locale) is { } day)
        {
            draft.LastDay = day;
        }
        await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.deadline.set", _texts.Day(draft.LastDay, locale)), cancellationToken: ct);
        return await step.EndDialogAsync(draft, ct);
    }

    /// <summary>The day an answer to the proposal means: null for 好的 (the proposal stands), a day for “5天” or “12月10日”.</summary>
    private DateOnly? Chosen(string answer, string locale)
    {
        if (_words.Is(answer, locale, "inspection.acceptWords"))
        {
            return null;
        }
        var today = ZoneTime.Today(_time);
        var date = DateTimeResolver.Resolve(answer, locale, ZoneTime.ToZoneTime(_time.GetUtcNow()).DateTime)
            .Select(resolution => resolution.Value ?? resolution.End).FirstOrDefault(value => value is not null);
        if (date is { } value && _words.Has(answer, locale, "inspection.dateWords"))
        {
            return DateOnly.FromDateTime(value);
        }
        return _words.Days(answer, locale) is { } days ? today.AddDays(days) : DateOnly.MinValue;
    }

    private Task<bool> ValidateDeadlineAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var day = Chosen(prompt.Recognized.Value!, prompt.Locale);
        var today = ZoneTime.Today(_time);
        return Task.FromResult(day is null
            || (day > today && day <= today.AddDays(_deadlines.Options.MaxDays))
            || prompt.Fail(_texts.Get(prompt.Locale, "inspection.deadline.invalid", _deadlines.Options.MaxDays)));
    }
}
