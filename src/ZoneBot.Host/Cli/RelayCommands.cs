using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using static ZoneBot.Host.Cli.OfficerCommands;

namespace ZoneBot.Host.Cli;

/// <summary>`relays list`: the record of 转人工, who asked, who answered, when and for how long.</summary>
public static class RelayCommands
{
    public static Command Build()
    {
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 100 };
        var list = new Command("list", "The relays, newest first: firm, liaison, status, when asked, accepted and ended, how long.") { limit };
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => ListAsync(parse, parse.GetValue(limit), ct));
        return new Command("relays", "The live conversations between firms and their liaisons (talk to a person).") { list };
    }

    private static async Task<int> ListAsync(ParseResult parse, int limit, CancellationToken ct)
    {
        using var services = Services(parse);
        var relays = await services.GetRequiredService<Relays>().ListAsync(Math.Clamp(limit, 1, 10_000), ct);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Firm", "Liaison", "Status", "Asked", "Accepted", "Ended", "By", "Minutes");
        var now = DateTimeOffset.UtcNow;
        foreach (var relay in relays)
        {
            table.AddRow(
                Plain(relay.Id.ToString(CultureInfo.InvariantCulture)),
                Plain(relay.FirmName),
                Plain(relay.LiaisonName ?? "—"),
                Plain(relay.Status),
                Plain(ZoneText(relay.RequestedAt)),
                Plain(relay.AcceptedAt is { } accepted ? ZoneText(accepted) : "—"),
                Plain(relay.EndedAt is { } ended ? ZoneText(ended) : "—"),
                Plain(relay.EndedBy ?? "—"),
                Plain(relay.Duration(now) is { } duration ? duration.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) : "—"));
        }
        OfficerCommands.Console(parse).Write(table);
        await parse.InvocationConfiguration.Output.WriteLineAsync(relays.Count == 1 ? "1 relay." : $"{relays.Count} relays.");
        return 0;
    }
}
