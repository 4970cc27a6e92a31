using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// 查询工单: the linked firm's tickets newest first, a page at a time; one ticket's history; then
/// 补充, 催办 or 评价 on it (<see cref="TicketActionsDialog"/>). The options may be a ticket number the
/// user typed on its own. Another firm's ticket number is "not found", as a number that does not exist.
/// Naming a firm is not enough to read its tickets: a user who has not proved membership
/// (<see cref="VerifyMembershipDialog"/>) sees only the tickets they filed, and is offered the ways to verify.
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
    private readonly FirmMembership _membership;
    private readonly FirmActors _actors;
    private readonly TicketPicker _picker;

    public MyTicketsDialog(
        ITextLocalizer texts, FirmTickets tickets, Menu menu, FirmMembership membership, FirmActors actors, TicketPicker picker,
        IdentifyFirmDialog identifyFirm, VerifyMembershipDialog verify, TicketActionsDialog actions, IChoiceWords words)
        : base(nameof(MyTicketsDialog))
    {
        _texts = texts;
        _tickets = tickets;
        _menu = menu;
        _membership = membership;
        _actors = actors;
        _picker = picker;
        AddDialog(identifyFirm);
        AddDialog(verify);
        AddDialog(actions);
        AddDialog(new ChoicePrompt(PickPrompt, texts, words: words));
        AddDialog(new WaterfallDialog(Steps, [IdentifyFirmStepAsync, ListOrShowStepAsync, VerifiedStepAsync]));
        AddDialog(new WaterfallDialog(Listing, [ListStepAsync, PickedStepAsync, VerifiedStepAsync]));
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
        var user = ChatUser.Of(step.Context);
        var member = await _membership.IsMemberAsync(user.ChannelId, user.UserId, firmId, ct);
        step.Values["firmId"] = firmId;
        if (step.Options is string number && TicketNumber.TryParse(number, out _, out _))
        {
            return await step.ReplaceDialogAsync(nameof(TicketActionsDialog), new TicketReference { FirmId = firmId, Number = number, WholeFirm = member }, ct);
        }
        if (!member && await _membership.OwnTicketCountAsync(user.ChannelId, user.UserId, firmId, ct) == 0)
        {
            // Nothing of their own to show: the ways to verify come first.
            return await step.BeginDialogAsync(nameof(VerifyMembershipDialog), new VerifyMembershipOptions { FirmId = firmId }, ct);
        }
        return await step.ReplaceDialogAsync(Listing, new ListingPage { FirmId = firmId, Page = 1, WholeFirm = member }, ct);
    }

    /// <summary>After <see cref="VerifyMembershipDialog"/>: the whole firm's tickets once verified, else back to the menu.</summary>
    private async Task<DialogTurnResult> VerifiedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            return await step.ReplaceDialogAsync(Listing, new ListingPage { FirmId = step.GetValue<long>("firmId"), Page = 1, WholeFirm = true }, ct);
        }
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var listing = StateValues.To<ListingPage>(step.Options)!;
        step.Values["listing"] = listing;
        step.Values["firmId"] = listing.FirmId;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var viewer = await _actors.ForAsync(step.Context, listing.WholeFirm, ct);
        var page = await _tickets.PageAsync(listing.FirmId, listing.Page, PageSize, viewer, ct);
        if (page.Total == 0)
        {
            await step.Context.SendActivityAsync(_menu.Create(locale, _texts.Get(locale, "myTickets.none")), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var lines = page.Tickets.Select(ticket => (ticket.Number, _texts.Get(locale, "myTickets.line",
            ticket.Number, _texts.Get(locale, "stage." + ticket.Stage.Code), _texts.Get(locale, "category." + ticket.Category.Code),
            _picker.DueText(ticket, locale, "myTickets.due.done"))));
        var header = listing.WholeFirm
            ? _texts.Get(locale, "myTickets.header", page.Total, page.Page, page.PageCount)
            : _texts.Get(locale, "myTickets.ownOnly") + "\n" + _texts.Get(locale, "myTickets.header.own", page.Total, page.Page, page.PageCount);
        string[] others = listing.WholeFirm ? [] : [_texts.Get(locale, "myTickets.verify")];
        return await step.PromptAsync(PickPrompt, _picker.Prompt(locale, new TicketPickerPage(header, [.. lines], page.HasNextPage, "myTickets.pick", others)), ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var listing = step.GetValue<ListingPage>("listing")!;
        var picked = _picker.Read((FoundChoice)step.Result!, Locales.Resolve(step.Context.Activity.Locale));
        if (picked.Number is { } number)
        {
            return await step.ReplaceDialogAsync(nameof(TicketActionsDialog), new TicketReference { FirmId = listing.FirmId, Number = number, WholeFirm = listing.WholeFirm }, ct);
        }
        if (picked.NextPage)
        {
            return await step.ReplaceDialogAsync(Listing, new ListingPage { FirmId = listing.FirmId, Page = listing.Page + 1, WholeFirm = listing.WholeFirm }, ct);
        }
        // The one other choice: verify, offered only to those who see their own tickets.
        return await step.BeginDialogAsync(nameof(VerifyMembershipDialog), new VerifyMembershipOptions { FirmId = listing.FirmId }, ct);
    }

    /// <summary>Which page of which firm's list is shown.</summary>
    public sealed class ListingPage
    {
        public long FirmId { get; set; }

        public int Page { get; set; }

        /// <summary>A verified member's listing: every ticket of the firm; otherwise the user's own.</summary>
        public bool WholeFirm { get; set; }
    }
}
