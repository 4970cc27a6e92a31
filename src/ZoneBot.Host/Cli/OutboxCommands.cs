using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using static ZoneBot.Host.Cli.OfficerCommands;

namespace ZoneBot.Host.Cli;

/// <summary>`outbox list [--dead]` and `outbox retry &lt;id&gt;`: the alerts waiting, delivered and given up on.</summary>
public static class OutboxCommands
{
    public static Command Build()
    {
        var dead = new Option<bool>("--dead") { Description = "Only the alerts given up on after the last attempt." };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 200 };
        var list = new Command("list", "The alerts, newest first: kind, recipient, status, attempts, next attempt, last error.") { dead, limit };
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => ListAsync(parse, parse.GetValue(dead), parse.GetValue(limit), ct));

        var id = new Argument<long>("id") { Description = "The alert's id, from `outbox list`." };
        var retry = new Command("retry", "Deliver a dead (or waiting) alert again now, its attempts counted afresh.") { id };
        retry.TreatUnmatchedTokensAsErrors = false;
        retry.SetAction((parse, ct) => RetryAsync(parse, parse.GetValue(id), ct));

        return new Command("outbox", "The alerts the dispatcher delivers.") { list, retry };
    }

    private static async Task<int> ListAsync(ParseResult parse, bool deadOnly, int limit, CancellationToken ct)
    {
        using var services = Services(parse);
        var entries = await services.GetRequiredService<Outbox>().ListAsync(deadOnly, Math.Clamp(limit, 1, 10_000), ct);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Kind", "Recipient", "Status", "Attempts", "Next attempt", "Created", "Last error");
        foreach (var entry in entries)
        {
            var status = entry.Waiting ? "waiting (not bound)" : entry.Status;
            table.AddRow(
                Plain(entry.Id.ToString(CultureInfo.InvariantCulture)),
                Plain(entry.Kind),
                Plain(entry.Recipient ?? "(community secretary)"),
                entry.Status == "dead" ? new Text(status, new Style(Color.Red)) : Plain(status),
                Plain(entry.Attempts.ToString(CultureInfo.InvariantCulture)),
                Plain(entry.Status == "pending" ? ZoneText(entry.NextAttemptAt) : "—"),
                Plain(ZoneText(entry.CreatedAt)),
                Plain(entry.LastError ?? string.Empty));
        }
        OfficerCommands.Console(parse).Write(table);
        await parse.InvocationConfiguration.Output.WriteLineAsync(entries.Count == 1 ? "1 alert." : $"{entries.Count} alerts.");
        return 0;
    }

    private static async Task<int> RetryAsync(ParseResult parse, long id, CancellationToken ct)
    {
        using var services = Services(parse);
        var outcome = await services.GetRequiredService<Outbox>().RetryAsync(id, ct);
        var (text, code) = outcome switch
        {
            RetryOutcome.Requeued => ($"Alert {id} is due again now; the running bot delivers it at its next look.", 0),
            RetryOutcome.AlreadySent => ($"Alert {id} was delivered; nothing to retry.", Refused),
            _ => ($"No alert {id}.", Refused),
        };
        await (code == 0 ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLineAsync(text);
        return code;
    }
}
