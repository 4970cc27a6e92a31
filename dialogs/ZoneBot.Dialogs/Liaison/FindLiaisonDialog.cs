using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Zone;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;

namespace ZoneBot.Dialogs.Liaison;

/// <summary>
/// 找社管员: who looks after my firm's grid and how to reach them. Answers at once for a grid named
/// in the message ("3号网格的社管员"), a road ("新兴大道上的企业归哪个网格") or a linked user;
/// otherwise asks for the firm (name, credit code) or a road.
/// The options are the message that started the flow.
/// </summary>
public sealed class FindLiaisonDialog : ComponentDialog
{
    private const string AskPrompt = "findLiaison.ask";
    private const string Steps = "findLiaison.steps";

    private readonly ITextLocalizer _texts;
    private readonly GridContacts _grids;
    private readonly FirmDirectory _firms;
    private readonly FirmUserLinks _links;
    private readonly GridReference _gridReference;

    public FindLiaisonDialog(ITextLocalizer texts, GridContacts grids, FirmDirectory firms, FirmUserLinks links, IdentifyFirmDialog identifyFirm, GridReference gridReference)
        : base(nameof(FindLiaisonDialog))
    {
        _texts = texts;
        _gridReference = gridReference;
        _grids = grids;
        _firms = firms;
        _links = links;
        AddDialog(new TextPrompt(AskPrompt, texts, minLength: 2, maxLength: 60));
        AddDialog(identifyFirm);
        AddDialog(new WaterfallDialog(Steps, [StartStepAsync, QueryStepAsync, FirmStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (await TryAnswerByGridOrRoadAsync(step.Context, step.Options as string, ct))
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        // "永胜灯具归哪个网格": the firm named is the one asked about, whoever asks.
        if (await _firms.FindInAsync(step.Options as string, ct) is { } named)
        {
            if (named.Single is { } firm)
            {
                await AnswerForFirmAsync(step.Context, firm.Id, ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            }
            return await step.NextAsync(named.Text, ct);
        }
        var user = ChatUser.Of(step.Context);
        if (await _links.FindFirmIdAsync(user.ChannelId, user.UserId, ct) is { } firmId)
        {
            await AnswerForFirmAsync(step.Context, firmId, ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(AskPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "liaison.ask")),
            HelpText = _texts.Get(locale, "liaison.ask.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> QueryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var query = (string)step.Result!;
        if (await TryAnswerByGridOrRoadAsync(step.Context, query, ct))
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        return await step.BeginDialogAsync(nameof(IdentifyFirmDialog), IdentifyFirmDialog.WithQuery(query), ct);
    }

    private async Task<DialogTurnResult> FirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<long?>(step.Result) is { } firmId)
        {
            await AnswerForFirmAsync(step.Context, firmId, ct);
        }
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private async Task<bool> TryAnswerByGridOrRoadAsync(ITurnContext turn, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var locale = Locales.Resolve(turn.Activity.Locale);
        if (_gridReference.Find(text) is { } number)
        {
            var grid = await _grids.ForGridNumberAsync(number, ct);
            var answer = grid is null
                ? _texts.Get(locale, "liaison.noSuchGrid", number)
                : Describe(locale, _texts.Get(locale, "liaison.headline.grid", grid.GridName, grid.CommunityName), grid);
            await turn.SendActivityAsync(answer, cancellationToken: ct);
            return true;
        }
        var road = (await _firms.RoadsAsync(ct)).FirstOrDefault(road => text.Contains(road, StringComparison.Ordinal));
        if (road is null)
        {
            return false;
        }
        var grids = await _grids.ForRoadAsync(road, ct);
        var lines = grids.Select(grid => Describe(locale, _texts.Get(locale, "liaison.headline.road", road, grid.GridName, grid.CommunityName), grid));
        var intro = grids.Count > 1 ? _texts.Get(locale, "liaison.roadSeveral", road, grids.Count) + "\n\n" : string.Empty;
        await turn.SendActivityAsync(intro + string.Join("\n\n", lines), cancellationToken: ct);
        return true;
    }

    private async Task AnswerForFirmAsync(ITurnContext turn, long firmId, CancellationToken ct)
    {
        var locale = Locales.Resolve(turn.Activity.Locale);
        var firm = await _firms.FindByIdAsync(firmId, ct);
        var grid = firm is null ? null : await _grids.ForGridAsync(firm.GridId, ct);
        if (firm is null || grid is null)
        {
            await turn.SendActivityAsync(_texts.Get(locale, "liaison.firmGone"), cancellationToken: ct);
            return;
        }
        var headline = _texts.Get(locale, "liaison.headline.firm", FirmNames.Of(_texts, firm, locale), grid.GridName, grid.CommunityName);
        await turn.SendActivityAsync(Describe(locale, headline, grid) + "\n" + _texts.Get(locale, "liaison.changeFirmHint"), cancellationToken: ct);
    }

    private string Describe(string locale, string headline, GridContact grid) =>
        headline + "\n" + _texts.Get(locale, "liaison.details",
            grid.LiaisonName ?? _texts.Get(locale, "liaison.vacant"),
            grid.LiaisonPhone ?? grid.OfficePhone,
            grid.OfficePhone,
            grid.OfficeAddress)
        + "\n" + _texts.Get(locale, "liaison.duties");
}
