using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// 检查: the officer goes through the firm's checklist item by item. Each item is passed (通过, 好的, 1) or a hazard:
/// “隐患” (or 2), or the hazard said at once (“消防通道堵了，限期三天”), then its photos and deadline
/// (<see cref="HazardDialog"/>). After the last item the inspection is recorded: closed at once without hazards,
/// otherwise the firm's verified members get their 整改通知.
/// </summary>
public sealed class InspectDialog : ComponentDialog
{
    private const string Start = "inspect.start";
    private const string Item = "inspect.item";
    private const string ItemPrompt = "inspect.item.answer";

    private readonly InspectionTexts _texts;
    private readonly InspectionWords _words;
    private readonly ChatPresence _presence;
    private readonly OfficerInspections _inspections;
    private readonly FirmDirectory _firms;

    public InspectDialog(
        ITextLocalizer texts, InspectionTexts inspectionTexts, InspectionWords words, ChatPresence presence, OfficerInspections inspections,
        FirmDirectory firms, HazardDialog hazard)
        : base(nameof(InspectDialog))
    {
        (_texts, _words, _presence, _inspections, _firms) = (inspectionTexts, words, presence, inspections, firms);
        AddDialog(hazard);
        AddDialog(new TextPrompt(ItemPrompt, texts, maxLength: 300));
        AddDialog(new WaterfallDialog(Start, [StartStepAsync]));
        AddDialog(new WaterfallDialog(Item, [AskStepAsync, AnsweredStepAsync, HazardStepAsync]));
        InitialDialogId = Start;
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        var start = StateValues.To<InspectionStart>(step.Options) ?? new InspectionStart();
        InspectionSummary? inspection = null;
        if (officer is not null && start.InspectionId is { } id)
        {
            inspection = await _inspections.FindAsync(officer, id, ct);
        }
        else if (officer is not null)
        {
            var mention = await _firms.FindInAsync(start.FirmText, ct);
            if (mention?.Single is not { } firm)
            {
                var key = mention is { Matches.Count: > 1 } ? "inspection.firm.several" : "inspection.firm.notFound";
                var names = string.Join(_texts.Get(locale, "inspection.separator"), mention?.Matches.Take(5).Select(match => match.Firm.ShortName) ?? []);
                return await EndAsync(step, _texts.Get(locale, key, start.FirmText, names), ct);
            }
            inspection = await _inspections.OpenForFirmAsync(officer, firm.Id, ct);
        }
        if (officer is null || inspection is null)
        {
            return await EndAsync(step, _texts.Get(locale, officer is null ? "inspection.notOfficer" : "inspection.notYours"), ct);
        }
        if (inspection.Status != InspectionStatus.Planned)
        {
            return await EndAsync(step, _texts.Get(locale, "inspection.alreadyInspected", inspection.FirmName), ct);
        }
        var items = Checklists.Shipped.For(inspection.Kind);
        await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.start",
            inspection.FirmName, inspection.GridName, _texts.Colour(inspection.Colour, locale), items.Count), cancellationToken: ct);
        var draft = new InspectionDraft { InspectionId = inspection.Id, FirmName = inspection.FirmName, Colour = inspection.Colour.Code, Kind = inspection.Kind };
        return await step.ReplaceDialogAsync(Item, draft, ct);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = StateValues.To<InspectionDraft>(step.Options)!;
        step.Values["draft"] = draft;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var items = Checklists.Shipped.For(draft.Kind);
        var item = items[draft.Index];
        return await step.PromptAsync(ItemPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(
                _texts.Get(locale, "inspection.item", draft.Index + 1, items.Count, item.ShortName(locale), item.Name(locale)),
                _texts.Get(locale, "inspection.passed"), _texts.Get(locale, "inspection.hazard")),
            HelpText = _texts.Get(locale, "inspection.item.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<InspectionDraft>("draft")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var answer = (string)step.Result!;
        var code = Checklists.Shipped.For(draft.Kind)[draft.Index].Code;
        if (_words.Is(answer, locale, "inspection.passedWords"))
        {
            draft.Passed.Add(code);
            return await NextItemAsync(step, draft, ct);
        }
        // “隐患” or 2 alone asks what was found; anything else is what was found.
        var note = _words.Is(answer, locale, "inspection.hazardWords") ? string.Empty : answer;
        return await step.BeginDialogAsync(nameof(HazardDialog), new HazardDraft { ItemCode = code, Colour = draft.Colour, Note = note }, ct);
    }

    private async Task<DialogTurnResult> HazardStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetValue<InspectionDraft>("draft")!;
        draft.Hazards.Add(StateValues.To<HazardDraft>(step.Result)!);
        return await NextItemAsync(step, draft, ct);
    }

    private async Task<DialogTurnResult> NextItemAsync(WaterfallStepContext step, InspectionDraft draft, CancellationToken ct)
    {
        draft.Index++;
        if (draft.Index < Checklists.Shipped.For(draft.Kind).Count)
        {
            return await step.ReplaceDialogAsync(Item, draft, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        if (officer is null)
        {
            return await EndAsync(step, _texts.Get(locale, "inspection.notOfficer"), ct);
        }
        var findings = new InspectionFindings(draft.Passed, [.. draft.Hazards.Select(hazard => new HazardFinding(
            hazard.ItemCode, HazardLevel.FromCode(hazard.Level), hazard.Note, hazard.LastDay,
            [.. hazard.Photos.Select(photo => new PhotoFile(photo.Name, photo.ContentType, photo.Url))]))]);
        var outcome = await _inspections.RecordAsync(officer, draft.InspectionId, findings, ct);
        var lines = draft.Hazards.Select((hazard, i) => _texts.Line(i + 1,
            new HazardAlertLine(0, hazard.ItemCode, hazard.Level, hazard.Note, RectificationDeadlines.DueAt(hazard.LastDay)), locale));
        var text = outcome switch
        {
            RecordOutcome.Closed => _texts.Get(locale, "inspection.closedAtOnce", draft.FirmName, draft.Passed.Count),
            RecordOutcome.Rectifying => _texts.Get(locale, "inspection.recorded", draft.FirmName, draft.Hazards.Count, string.Join("\n", lines)),
            RecordOutcome.AlreadyInspected => _texts.Get(locale, "inspection.alreadyInspected", draft.FirmName),
            _ => _texts.Get(locale, "inspection.notYours"),
        };
        return await EndAsync(step, text, ct);
    }

    private static async Task<DialogTurnResult> EndAsync(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
