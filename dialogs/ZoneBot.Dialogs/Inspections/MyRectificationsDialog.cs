using System.Globalization;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Verification;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// 我的整改, for a verified member of a firm: its hazards not yet accepted, with their deadlines and where each
/// stands. For each one still to rectify they answer 已整改 with photos (“已经整改好了，照片发你”, then the photos),
/// or ask for more time with a reason and days (“能不能宽限一周，设备还没到”); then the next, until none is left.
/// </summary>
public sealed class MyRectificationsDialog : ComponentDialog
{
    private const string Steps = "rectify.steps";
    private const string Answer = "rectify.hazard";
    private const string PickPrompt = "rectify.pick";
    private const string AnswerPrompt = "rectify.answer";
    private const string PhotosPrompt = "rectify.photos";
    private const string DaysPrompt = "rectify.days";

    private readonly InspectionTexts _texts;
    private readonly InspectionWords _words;
    private readonly FirmUserLinks _links;
    private readonly FirmMembership _membership;
    private readonly Rectifications _rectifications;
    private readonly RectificationDeadlines _deadlines;
    private readonly TimeProvider _time;
    private readonly ChatPresence _presence;

    public MyRectificationsDialog(
        ITextLocalizer texts, InspectionTexts inspectionTexts, InspectionWords words, WordLists wordLists, FirmUserLinks links, FirmMembership membership,
        Rectifications rectifications, RectificationDeadlines deadlines, TimeProvider time, ChatPresence presence)
        : base(nameof(MyRectificationsDialog))
    {
        _presence = presence;
        (_texts, _words, _links, _membership, _rectifications, _deadlines, _time) = (inspectionTexts, words, links, membership, rectifications, deadlines, time);
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new TextPrompt(AnswerPrompt, texts, ValidateAnswerAsync, maxLength: 300));
        AddDialog(new PhotoPrompt(PhotosPrompt, texts, wordLists));
        AddDialog(new NumberPrompt(DaysPrompt, texts, min: 1, max: deadlines.Options.MaxDays));
        AddDialog(new WaterfallDialog(Steps, [ListStepAsync, PickedStepAsync]));
        AddDialog(new WaterfallDialog(Answer, [AskStepAsync, AnsweredStepAsync, SubmitStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var firmId = await _links.FindFirmIdAsync(user.ChannelId, user.UserId, ct);
        if (firmId is null || !await _membership.IsMemberAsync(user.ChannelId, user.UserId, firmId.Value, ct))
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, firmId is null ? "inspection.rectify.noFirm" : "inspection.rectify.notVerified"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        // A member who looks at the firm's rectifications is told of the next 整改通知 here.
        await _presence.SaveAsync(user.ChannelId, user.UserId, ConversationReferences.Of(step.Context), ct);
        var hazards = await _rectifications.OpenAsync(firmId.Value, ct);
        if (hazards.Count == 0)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "inspection.rectify.none"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var now = _time.GetUtcNow();
        var lines = hazards.Select((hazard, i) => _texts.Get(locale, "inspection.rectify.line", i + 1, InspectionTexts.ItemName(hazard.ItemCode, locale),
            hazard.Note, _texts.Due(hazard.DueAt, locale), _texts.Status(hazard, locale, now))
            + (hazard.Status == HazardStatus.Open && hazard.ReviewNote is { } sentBack ? _texts.Get(locale, "inspection.rectify.sentBack", sentBack) : string.Empty));
        var header = _texts.Get(locale, "inspection.rectify.header", hazards[0].FirmName, hazards.Count) + "\n" + string.Join("\n", lines);
        var answerable = hazards.Where(hazard => hazard.Status == HazardStatus.Open).ToList();
        if (answerable.Count == 0)
        {
            await step.Context.SendActivityAsync(header + "\n" + _texts.Get(locale, "inspection.rectify.allAnswered"), cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (answerable.Count == 1)
        {
            await step.Context.SendActivityAsync(header, cancellationToken: ct);
            return await step.ReplaceDialogAsync(Answer, answerable[0].Id, ct);
        }
        var choices = answerable.Select(hazard => new Choice(hazard.Id.ToString(CultureInfo.InvariantCulture), InspectionTexts.ItemName(hazard.ItemCode, locale))
        {
            ActionTitle = (hazards.ToList().IndexOf(hazard) + 1).ToString(CultureInfo.InvariantCulture) + ". " + InspectionTexts.ItemName(hazard.ItemCode, locale),
        }).ToList();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(header + "\n" + _texts.Get(locale, "inspection.rectify.pick")),
            Choices = choices,
            HelpText = _texts.Get(locale, "inspection.rectify.pick"),
        }, ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.ReplaceDialogAsync(Answer, long.Parse(((FoundChoice)step.Result!).Value, CultureInfo.InvariantCulture), ct);

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var hazardId = StateValues.To<long>(step.Options);
        step.Values["hazard"] = hazardId;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var hazard = (await OpenHazardsAsync(step, ct)).FirstOrDefault(open => open.Id == hazardId);
        if (hazard is null)
        {
            return await step.ReplaceDialogAsync(Steps, null, ct);
        }
        return await step.PromptAsync(AnswerPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(
                _texts.Get(locale, "inspection.rectify.ask", InspectionTexts.ItemName(hazard.ItemCode, locale), hazard.Note, _texts.Due(hazard.DueAt, locale)),
                _texts.Get(locale, "inspection.rectify.done"), _texts.Get(locale, "inspection.rectify.moreTime")),
            HelpText = _texts.Get(locale, "inspection.rectify.ask.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var answer = (string)step.Result!;
        step.Values["answer"] = answer;
        if (IsExtension(answer, locale))
        {
            step.Values["extension"] = true;
            if (_words.DaysAfter(answer, locale, "inspection.extensionWords") is { } days && days <= _deadlines.Options.MaxDays)
            {
                return await step.NextAsync((decimal)days, ct);
            }
            return await step.PromptAsync(DaysPrompt, new PromptOptions
            {
                Prompt = new PromptQuestion(_texts.Get(locale, "inspection.rectify.days", _deadlines.Options.MaxDays)),
                HelpText = _texts.Get(locale, "inspection.rectify.days", _deadlines.Options.MaxDays),
            }, ct);
        }
        var photos = PhotoPrompt.PhotosOf(step.Context.Activity);
        if (photos.Count > 0)
        {
            return await step.NextAsync(photos, ct);
        }
        return await step.PromptAsync(PhotosPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "inspection.rectify.photos"), _texts.Get(locale, "inspection.skip")),
            HelpText = _texts.Get(locale, "inspection.rectify.photos"),
        }, ct);
    }

    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var hazardId = step.GetValue<long>("hazard");
        var answer = step.GetValue<string>("answer")!;
        var user = ChatUser.Of(step.Context);
        var firmId = await _links.FindFirmIdAsync(user.ChannelId, user.UserId, ct) ?? 0;
        string text;
        if (step.Values.ContainsKey("extension"))
        {
            var days = (int)StateValues.To<decimal>(step.Result);
            var outcome = await _rectifications.AskExtensionAsync(firmId, hazardId, days, answer, ct);
            text = outcome == RectificationOutcome.Done ? _texts.Get(locale, "inspection.rectify.extensionAsked", days) : _texts.Get(locale, "inspection.rectify.notOpen");
        }
        else
        {
            var photos = StateValues.To<List<PhotoReference>>(step.Result) ?? [];
            var outcome = await _rectifications.ReportAsync(firmId, hazardId, answer, [.. photos.Select(photo => new PhotoFile(photo.Name, photo.ContentType, photo.Url))], ct);
            text = outcome == RectificationOutcome.Done ? _texts.Get(locale, "inspection.rectify.reported", photos.Count) : _texts.Get(locale, "inspection.rectify.notOpen");
        }
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        var next = (await OpenHazardsAsync(step, ct)).FirstOrDefault(hazard => hazard.Status == HazardStatus.Open);
        return next is null ? await step.EndDialogAsync(cancellationToken: ct) : await step.ReplaceDialogAsync(Answer, next.Id, ct);
    }

    private bool IsExtension(string answer, string locale) =>
        _words.Has(answer, locale, "inspection.extensionWords") && !_words.Has(answer, locale, "inspection.rectifiedWords");

    private async Task<IReadOnlyList<HazardView>> OpenHazardsAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var user = ChatUser.Of(step.Context);
        return await _links.FindFirmIdAsync(user.ChannelId, user.UserId, ct) is { } firmId ? await _rectifications.OpenAsync(firmId, ct) : [];
    }

    private Task<bool> ValidateAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var answer = prompt.Recognized.Value;
        return Task.FromResult(IsExtension(answer!, prompt.Locale) || _words.Has(answer, prompt.Locale, "inspection.rectifiedWords")
            || PhotoPrompt.PhotosOf(prompt.Context.Activity).Count > 0
            || prompt.Fail(_texts.Get(prompt.Locale, "inspection.rectify.ask.help")));
    }
}
