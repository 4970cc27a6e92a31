using System.Globalization;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// 本周待检查: the planned inspections open by the end of this week in the officer's scope, the earliest deadline
/// first, overdue ones marked; picking one ("2", or its name) starts it (<see cref="InspectDialog"/>). Given an
/// <see cref="InspectionStart"/> (“检查 永盛灯具”) it starts that inspection straight away.
/// </summary>
public sealed class DueInspectionsDialog : ComponentDialog
{
    private const int Shown = 8;
    private const string Steps = "dueInspections.steps";
    private const string PickPrompt = "dueInspections.pick";

    private readonly InspectionTexts _texts;
    private readonly ChatPresence _presence;
    private readonly OfficerInspections _inspections;
    private readonly TimeProvider _time;

    public DueInspectionsDialog(ITextLocalizer texts, InspectionTexts inspectionTexts, ChatPresence presence, OfficerInspections inspections, TimeProvider time, InspectDialog inspect)
        : base(nameof(DueInspectionsDialog))
    {
        (_texts, _presence, _inspections, _time) = (inspectionTexts, presence, inspections, time);
        AddDialog(inspect);
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [ListStepAsync, PickedStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<InspectionStart>(step.Options) is { } start)
        {
            return await step.ReplaceDialogAsync(nameof(InspectDialog), start, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        if (await _presence.OfficerAsync(user.ChannelId, user.UserId, ct) is not { } officer)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.notOfficer"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var today = ZoneTime.Today(_time);
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var due = await _inspections.DueAsync(officer, sunday, Shown, ct);
        if (due.Count == 0)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.due.none"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var (total, overdue) = await _inspections.CountDueAsync(officer, today, sunday, ct);
        var lines = due.Select((inspection, i) => _texts.Get(locale, "inspection.due.line", i + 1, inspection.FirmShortName, inspection.GridName,
            _texts.Colour(inspection.Colour, locale), _texts.Day(inspection.DueBy, locale))
            + (inspection.IsOverdue(today) ? _texts.Get(locale, "inspection.overdue") : string.Empty));
        var choices = due.Select(inspection => new Choice(inspection.Id.ToString(CultureInfo.InvariantCulture), inspection.FirmShortName, inspection.FirmName)
        {
            ActionTitle = inspection.FirmShortName,
        }).ToList();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.due.header", total, overdue) + "\n" + string.Join("\n", lines)
                + "\n" + _texts.Get(locale, "inspection.due.pick")),
            Choices = choices,
            HelpText = _texts.Get(locale, "inspection.due.pick"),
        }, ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var picked = (FoundChoice)step.Result!;
        var id = long.Parse(picked.Value, CultureInfo.InvariantCulture);
        return await step.ReplaceDialogAsync(nameof(InspectDialog), new InspectionStart { InspectionId = id }, ct);
    }
}
