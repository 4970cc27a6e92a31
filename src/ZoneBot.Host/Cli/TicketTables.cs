using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Host.Cli;

/// <summary>
/// How tickets look in the terminal. Text from the database goes in as <see cref="Text"/>, never
/// as markup, so a description with [brackets] prints as written. Phone numbers are masked.
/// </summary>
internal static class TicketTables
{
    public static Table List(IReadOnlyList<TicketOverview> tickets, DateTimeOffset now)
    {
        // The number carries the filing date and is read out on the phone: it never wraps.
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Number").NoWrap())
            .AddColumns("Firm", "Grid", "Category", "Urgency", "Stage", "Due", "Contact");
        foreach (var overview in tickets)
        {
            var t = overview.Ticket;
            table.AddRow(
                Plain(t.Number),
                Plain(overview.FirmName),
                Plain(overview.GridName),
                Plain(t.Category.ChineseName),
                t.Urgency == Urgency.Urgent ? new Text(t.Urgency.ChineseName, new Style(Color.Red)) : Plain(t.Urgency.ChineseName),
                Plain(t.Stage.ChineseName),
                Due(t, now),
                Plain($"{t.ContactName}\n{PhoneMask.Mask(t.ContactPhone)}"));
        }

        return table;
    }

    public static void Show(IAnsiConsole console, TicketDetails details, DateTimeOffset now)
    {
        var t = details.Ticket;
        var facts = new Spectre.Console.Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn());
        void Fact(string name, string? value) => facts.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), Plain(value ?? "—"));
        Fact("Number", t.Number);
        Fact("Firm", details.FirmName);
        Fact("Grid", details.GridName);
        Fact("Category", t.Category.ChineseName);
        Fact("Urgency", t.Urgency.ChineseName);
        Fact("Stage", t.Stage.ChineseName + (t.IsOverdueAt(now) ? " (overdue)" : string.Empty));
        Fact("Description", t.Description);
        Fact("Location", t.Location);
        Fact("Contact", $"{t.ContactName} {PhoneMask.Mask(t.ContactPhone)}");
        Fact("Preferred visit", t.PreferredVisitAt is { } visit ? ZoneText(visit) : null);
        Fact("Filed", ZoneText(t.CreatedAt));
        Fact("Response due", ZoneText(t.ResponseDueAt));
        Fact("Handling due", ZoneText(t.HandleDueAt));
        Fact("Rating", t.Rating is { } rating ? $"{rating.ChineseName} {t.RatingComment}".TrimEnd() : null);
        console.Write(facts);
        console.WriteLine();

        var history = new Table().Border(TableBorder.Rounded).Title("History").AddColumns("Time", "Stage", "Event", "Actor", "Note");
        foreach (var e in details.History)
        {
            history.AddRow(Plain(ZoneText(e.CreatedAt)), Plain(e.Stage.ChineseName), Plain(e.Kind.ChineseName), Plain(e.Actor), Plain(e.Note ?? string.Empty));
        }

        console.Write(history);
        foreach (var attachment in details.Attachments)
        {
            console.Write(Plain($"Attachment: {attachment.Name} ({attachment.ContentType}) {attachment.Url}\n"));
        }
    }

    /// <summary>The deadline that applies now: the response while reported, the handling until handled.</summary>
    private static IRenderable Due(Ticket t, DateTimeOffset now)
    {
        DateTimeOffset? due = t.Stage switch
        {
            TicketStage.Reported => t.ResponseDueAt,
            TicketStage.Assessed or TicketStage.FedBack => t.HandleDueAt,
            _ => null,
        };
        if (due is null)
        {
            return Plain("—");
        }

        var text = ZoneTime.ToZoneTime(due.Value).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
        return t.IsOverdueAt(now) ? new Text(text + "\noverdue", new Style(Color.Red)) : Plain(text);
    }

    // Text, never markup, and without the control characters (ESC...) that a terminal would obey: tickets filed
    // before the bot cleaned what users type may still hold them.
    private static Text Plain(string? text) => new(UserText.Clean(text ?? string.Empty));

    private static string ZoneText(DateTimeOffset instant) =>
        ZoneTime.ToZoneTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
