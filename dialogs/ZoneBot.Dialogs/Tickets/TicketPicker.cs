using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// A page of tickets to pick from, for 查询工单 and 我的待办 alike: the header, a line per ticket, the
/// tickets' numbers as the choices, "next page" when there is one (its words from
/// <c>Vocabulary</c>: 下一页, 更多 …), and any other choice of the list; then what the answer picked.
/// </summary>
public sealed class TicketPicker(ITextLocalizer texts)
{
    private const string NextPageKey = "myTickets.nextPage";

    /// <summary>The prompt for one page: its header, its lines, then <paramref name="page"/>'s pick text.</summary>
    public PromptOptions Prompt(string locale, TicketPickerPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var choices = page.Tickets.Select(ticket => new Choice(ticket.Number)).ToList();
        if (page.HasNextPage)
        {
            choices.Add(new Choice(texts.Get(locale, NextPageKey)) { Words = [ChoiceWordLists.Vocabulary("page.next")] });
        }
        choices.AddRange(page.Others.Select(other => new Choice(other)));
        return new PromptOptions
        {
            Prompt = new PromptQuestion(string.Join("\n", [page.Header, .. page.Tickets.Select(ticket => ticket.Line), texts.Get(locale, page.PickKey)])),
            Choices = choices,
            HelpText = texts.Get(locale, page.PickKey + ".help"),
        };
    }

    /// <summary>What the answer picked: a ticket by its number, the next page, or another choice of the list.</summary>
    public TicketPick Read(FoundChoice picked, string locale)
    {
        ArgumentNullException.ThrowIfNull(picked);
        if (TicketNumber.TryParse(picked.Value, out _, out _))
        {
            return new TicketPick(picked.Value, false, null);
        }
        return picked.Value == texts.Get(locale, NextPageKey) ? new TicketPick(null, true, null) : new TicketPick(null, false, picked.Value);
    }

    /// <summary>
    /// The deadline that applies, with its date (<see cref="Ticket.NextDeadline"/>): the response's or the
    /// handling's; <paramref name="handledKey"/>'s text once the ticket is handled.
    /// </summary>
    public string DueText(Ticket ticket, string locale, string handledKey)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.NextDeadline switch
        {
            (TicketDeadline.Response, var at) => texts.Get(locale, "myTickets.due.response", ZoneDates.Format(at, locale)),
            (TicketDeadline.Handling, var at) => texts.Get(locale, "myTickets.due.handle", ZoneDates.Format(at, locale)),
            _ => texts.Get(locale, handledKey),
        };
    }
}

/// <summary>One page of a ticket list: its header, each ticket's number and line, whether more follow, and other choices.</summary>
/// <param name="PickKey">The text asking to pick; <c>{PickKey}.help</c> is its help.</param>
public sealed record TicketPickerPage(string Header, IReadOnlyList<(string Number, string Line)> Tickets, bool HasNextPage, string PickKey, IReadOnlyList<string> Others);

/// <summary>The answer to a <see cref="TicketPicker"/>: a ticket's number, the next page, or another choice's value.</summary>
public sealed record TicketPick(string? Number, bool NextPage, string? Other);
