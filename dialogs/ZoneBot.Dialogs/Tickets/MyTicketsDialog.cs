using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// 查询工单: the linked firm's tickets newest first, a page at a time; one ticket's history; then
/// 补充, 催办 or 评价 on it (<see cref="TicketActionsDialog"/>). The options may be a ticket number the
/// user typed on its own. Another firm's ticket number is "not found", as a number that does not exist.
/// </summary>
public sealed class MyTicketsDialog : ComponentDialog
{
    private const int PageSize = 5;
    private const string Steps = "myTickets.steps";
    private const string Listing = "myTickets.list";
    private const string PickPrompt = "myTickets.pick";

    private readonly ITextLocalizer _texts;
    private readonly FirmTickets _tickets;
    private readonly Menu _menu;

    public MyTicketsDialog(ITextLocalizer texts, FirmTickets tickets, Menu menu, IdentifyFirmDialog identifyFirm, TicketActionsDialog actions)
        : base(nameof(MyTicketsDialog))
    {
        _texts = texts;
        _tickets = tickets;
        _menu = menu;
        AddDialog(identifyFirm);
        AddDialog(actions);
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [IdentifyFirmStepAsync, ListOrShowStepAsync]));
        AddDialog(new WaterfallDialog(Listing, [ListStepAsync, PickedStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> IdentifyFirmStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.BeginDialogAsync(nameof(IdentifyFirmDialog), cancellationToken: ct);

    private async Task<DialogTurnResult> ListOrShowStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<long?>(step.Result) is not { } firmId)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (step.Options is string number && TicketNumber.TryParse(number, out _, out _))
        {
            return await step.ReplaceDialogAsync(nameof(TicketActionsDialog), new TicketReference { FirmId = firmId, Number = number }, ct);
        }
        return await step.ReplaceDialogAsync(Listing, new ListingPage { FirmId = firmId, Page = 1 }, ct);
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var listing = StateValues.To<ListingPage>(step.Options)!;
        step.Values["listing"] = listing;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var page = await _tickets.PageAsync(listing.FirmId, listing.Page, PageSize, ct);
        if (page.Total == 0)
        {
            await step.Context.SendActivityAsync(_menu.Create(locale, _texts.Get(locale, "myTickets.none")), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var lines = page.Tickets.Select(ticket => _texts.Get(locale, "myTickets.line",
            ticket.Number, _texts.Get(locale, "stage." + ticket.Stage.Code), _texts.Get(locale, "category." + ticket.Category.Code), DueText(ticket, locale)));
        var choices = page.Tickets.Select(ticket => new Choice(ticket.Number)).ToList();
        if (page.HasNextPage)
        {
            choices.Add(PageChoices.Next(_texts, locale));
        }
        var header = _texts.Get(locale, "myTickets.header", page.Total, page.Page, page.PageCount);
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(header + "\n" + string.Join("\n", lines) + "\n" + _texts.Get(locale, "myTickets.pick")),
            Choices = choices,
            HelpText = _texts.Get(locale, "myTickets.pick.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var listing = step.GetValue<ListingPage>("listing")!;
        var picked = (FoundChoice)step.Result!;
        if (!TicketNumber.TryParse(picked.Value, out _, out _))
        {
            return await step.ReplaceDialogAsync(Listing, new ListingPage { FirmId = listing.FirmId, Page = listing.Page + 1 }, ct);
        }
        return await step.ReplaceDialogAsync(nameof(TicketActionsDialog), new TicketReference { FirmId = listing.FirmId, Number = picked.Value }, ct);
    }

    private string DueText(Ticket ticket, string locale) => ticket.Stage switch
    {
        TicketStage.Reported => _texts.Get(locale, "myTickets.due.response", ZoneDates.Format(ticket.ResponseDueAt, locale)),
        TicketStage.Closed or TicketStage.Reviewed or TicketStage.Handled => _texts.Get(locale, "myTickets.due.done"),
        _ => _texts.Get(locale, "myTickets.due.handle", ZoneDates.Format(ticket.HandleDueAt, locale)),
    };

    /// <summary>Which page of which firm's list is shown.</summary>
    public sealed class ListingPage
    {
        public long FirmId { get; set; }

        public int Page { get; set; }
    }
}
