using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Officers;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// Where the main dialog hands over to the inspections: for an officer 本周待检查, “检查 永盛灯具”, 复查 and
/// 本月检查进度; for anyone 我的整改 (the dialog itself checks the firm and the membership). Null when the message is
/// about none of them, so the main dialog goes on as before.
/// </summary>
public sealed class InspectionRouter(
    InspectionWords words, FirmDirectory firms, InspectionProgressReply progress,
    DueInspectionsDialog due, ReviewDialog review, MyRectificationsDialog rectifications)
{
    /// <summary>The dialogs the main dialog must hold for the routes to start them.</summary>
    public IEnumerable<Dialog> Dialogs => [due, review, rectifications];

    public async Task<DialogTurnResult?> RouteAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var locale = Locales.Resolve(turn.Activity.Locale);
        if (OfficerOnTurn.Get(turn) is { } officer)
        {
            if (words.Is(text, locale, "inspection.dueWords"))
            {
                return await step.BeginDialogAsync(nameof(DueInspectionsDialog), cancellationToken: ct);
            }
            if (words.Is(text, locale, "inspection.reviewWords"))
            {
                return await step.BeginDialogAsync(nameof(ReviewDialog), cancellationToken: ct);
            }
            if (words.Is(text, locale, "inspection.progressWords"))
            {
                await progress.SendAsync(turn, officer, locale, ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            }
            // “检查一下永盛灯具”: only when a firm is named, so “检查一下工单” stays the tickets'.
            if (words.After(text, locale, "inspection.inspectWords") is { Length: > 0 } rest && await firms.FindInAsync(rest, ct) is { Matches.Count: > 0 })
            {
                return await step.BeginDialogAsync(nameof(DueInspectionsDialog), new InspectionStart { FirmText = rest }, ct);
            }
        }
        // 我的整改, or an answer to a 整改通知 typed straight away (已经整改好了).
        if (words.Is(text, locale, "inspection.myRectificationsWords") || words.Has(text, locale, "inspection.answerWords"))
        {
            return await step.BeginDialogAsync(nameof(MyRectificationsDialog), cancellationToken: ct);
        }
        return null;
    }
}
