using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Spectre.Console;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>`tickets list` and `tickets show`: the administrator's view of every ticket in the zone.</summary>
public static class TicketCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static Command Build()
    {
        var grid = new Option<int?>("--grid") { Description = "Only grid N (1 for 1号网格)." };
        var stage = new Option<string?>("--stage") { Description = "Only tickets at this stage." };
        stage.AcceptOnlyFromAmong([.. Enum.GetValues<TicketStage>().Select(s => s.Code)]);
        var overdue = new Option<bool>("--overdue") { Description = "Only tickets past a deadline that still applies." };
        var from = new Option<DateOnly?>("--from") { Description = "Filed on or after this zone date (yyyy-MM-dd).", CustomParser = ParseDay };
        var to = new Option<DateOnly?>("--to") { Description = "Filed on or before this zone date (yyyy-MM-dd).", CustomParser = ParseDay };
        var json = new Option<bool>("--json") { Description = "JSON instead of a table (phone numbers in full)." };

        var list = new Command("list", "List tickets, newest first.") { grid, stage, overdue, from, to, json };
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => ListAsync(
            new TicketFilter(
                parse.GetValue(grid),
                parse.GetValue(stage) is { } code ? TicketStage.FromCode(code) : null,
                parse.GetValue(overdue),
                parse.GetValue(from),
                parse.GetValue(to)),
            parse.GetValue(json),
            [.. parse.UnmatchedTokens],
            ct));

        var number = new Argument<string>("number") { Description = "The ticket number, e.g. ZB-20261128-0001." };
        var show = new Command("show", "Show one ticket and its history.") { number };
        show.TreatUnmatchedTokensAsErrors = false;
        show.SetAction((parse, ct) => ShowAsync(parse.GetValue(number)!, [.. parse.UnmatchedTokens], ct));

        return new Command("tickets", "The zone's tickets.") { list, show };
    }

    private static async Task<int> ListAsync(TicketFilter filter, bool json, string[] args, CancellationToken ct)
    {
        await using var services = ConsoleServices.Build(args);
        ExistingDatabase.Migrate(services.GetRequiredService<Database>());
        var tickets = await services.GetRequiredService<TicketRegister>().ListAsync(filter, ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(tickets.Select(t => ToJson(t, now)), Json));
            return 0;
        }

        AnsiConsole.Write(TicketTables.List(tickets, now));
        Console.WriteLine(tickets.Count == 1 ? "1 ticket." : $"{tickets.Count} tickets.");
        return 0;
    }

    private static async Task<int> ShowAsync(string number, string[] args, CancellationToken ct)
    {
        await using var services = ConsoleServices.Build(args);
        ExistingDatabase.Migrate(services.GetRequiredService<Database>());
        var details = await services.GetRequiredService<TicketRegister>().FindAsync(number, ct);
        if (details is null)
        {
            await Console.Error.WriteLineAsync($"No ticket {number}.");
            return 1;
        }

        TicketTables.Show(AnsiConsole.Console, details, services.GetRequiredService<TimeProvider>().GetUtcNow());
        return 0;
    }

    private static DateOnly? ParseDay(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"'{text}' is not a date written yyyy-MM-dd.");
        return null;
    }

    /// <summary>Codes rather than Chinese names, and instants in the zone's time, for scripts and spreadsheets.</summary>
    private static object ToJson(TicketOverview overview, DateTimeOffset now)
    {
        var t = overview.Ticket;
        return new
        {
            t.Number,
            Firm = overview.FirmName,
            overview.GridNumber,
            Grid = overview.GridName,
            Category = t.Category.Code,
            Urgency = t.Urgency.Code,
            Stage = t.Stage.Code,
            Overdue = t.IsOverdueAt(now),
            CreatedAt = ZoneTime.ToZoneTime(t.CreatedAt),
            ResponseDueAt = ZoneTime.ToZoneTime(t.ResponseDueAt),
            HandleDueAt = ZoneTime.ToZoneTime(t.HandleDueAt),
            // What firms typed, without the control characters a terminal would obey (JSON escapes them, but a jq -r would not).
            Description = UserText.Clean(t.Description),
            Location = UserText.CleanOrNull(t.Location),
            ContactName = UserText.Clean(t.ContactName),
            t.ContactPhone,
            Rating = t.Rating?.Code,
        };
    }
}
