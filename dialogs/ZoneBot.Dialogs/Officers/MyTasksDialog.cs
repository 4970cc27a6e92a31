using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// 我的待办: the open tickets an officer may act on (their grid, their community, or all), overdue
/// first, with the deadline that applies, a page at a time; choosing one opens it
/// (<see cref="OfficerTicketDialog"/>), and 我的待办 there comes back to the list. The options may be a ticket
/// number the officer typed on its own, or an <see cref="OfficerTicketOpening"/> (an action typed with the number).
/// Only bound officers get here; anyone else is told how officers bind.
/// </summary>
public sealed class MyTasksDialog : ComponentDialog
{
    private const int PageSize = 5;
    private const string Steps = "myTasks.steps";
    private const string Listing = "myTasks.list";
    private const string PickPrompt = "myTasks.pick";
    private const string OneTicket = "myTasks.ticket";

    private readonly ITextLocalizer _texts;
    private readonly ChatPresence _presence;
    private readonly OfficerTickets _tickets;
    private readonly Menu _menu;
    private readonly TicketPicker _picker;

    public MyTasksDialog(ITextLocalizer texts, ChatPresence presence, OfficerTickets tickets, Menu menu, TicketPicker picker, OfficerTicketDialog ticket, IChoiceWords words)
        : base(nameof(MyTasksDialog))
    {
        _texts = texts;
        _presence = presence;
        _tickets = tickets;
        _menu = menu;
        _picker = picker;
        AddDialog(ticket);
        AddDialog(new ChoicePrompt(PickPrompt, texts, words: words));
        AddDialog(new WaterfallDialog(Steps, [StartStepAsync]));
        AddDialog(new WaterfallDialog(Listing, [ListStepAsync, PickedStepAsync]));
        AddDialog(new WaterfallDialog(OneTicket, [OpenTicketStepAsync, AfterTicketStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var user = ChatUser.Of(step.Context);
        if (await _presence.OfficerAsync(user.ChannelId, user.UserId, ct) is null)
        {
            var locale = Locales.Resolve(step.Context.Activity.Locale);
            await step.Context.SendActivityAsync(_menu.Create(step.Context, _texts.Get(locale, "myTasks.notOfficer")), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (step.Options is string number && TicketNumber.TryParse(number, out _, out _))
        {
            return await step.ReplaceDialogAsync(OneTicket, new OfficerTicketOpening { Number = number }, ct);
        }
        if (StateValues.To<OfficerTicketOpening>(step.Options) is { } opening)
        {
            return await step.ReplaceDialogAsync(OneTicket, opening, ct);
        }
        return await step.ReplaceDialogAsync(Listing, 1, ct);
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var page = StateValues.To<int>(step.Options);
        step.Values["page"] = page;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        var tasks = officer is null ? null : await _tickets.OpenAsync(officer, page, PageSize, ct);
        if (tasks is null || tasks.Total == 0)
        {
            await step.Context.SendActivityAsync(_menu.Create(step.Context, _texts.Get(locale, "myTasks.none")), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var lines = tasks.Tasks.Select(task => (task.Ticket.Number, _texts.Get(locale, "myTasks.line",
            task.Ticket.Number, task.FirmName, _texts.Get(locale, "stage." + task.Ticket.Stage.Code), DueText(task, locale))));
        var header = _texts.Get(locale, "myTasks.header", tasks.Total, tasks.Page, tasks.PageCount);
        return await step.PromptAsync(PickPrompt, _picker.Prompt(locale, new TicketPickerPage(header, [.. lines], tasks.HasNextPage, "myTasks.pick", [])), ct);
    }

    private async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var picked = _picker.Read((FoundChoice)step.Result!, Locales.Resolve(step.Context.Activity.Locale));
        if (picked.Number is not { } number)
        {
            return await step.ReplaceDialogAsync(Listing, step.GetValue<int>("page") + 1, ct);
        }
        return await step.ReplaceDialogAsync(OneTicket, new OfficerTicketOpening { Number = number }, ct);
    }

    private async Task<DialogTurnResult> OpenTicketStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.BeginDialogAsync(nameof(OfficerTicketDialog), StateValues.To<OfficerTicketOpening>(step.Options), ct);

    /// <summary>我的待办 chosen on a ticket: the list again, from its first page.</summary>
    private async Task<DialogTurnResult> AfterTicketStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result as string == OfficerTicketDialog.ShowTasks
            ? await step.ReplaceDialogAsync(Listing, 1, ct)
            : await step.EndDialogAsync(cancellationToken: ct);

    private string DueText(OfficerTask task, string locale)
    {
        var due = _picker.DueText(task.Ticket, locale, "myTasks.due.next." + task.Ticket.Stage.Code);
        return task.Overdue ? _texts.Get(locale, "myTasks.overdue", due) : due;
    }
}
