using Dapper;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// Each grid's liaison, and each community's secretary (escalations go to them), has bound a chat: until they do,
/// their alerts wait in the outbox.
/// </summary>
public sealed class OfficersCheck : IDoctorCheck
{
    private const string SelectGrids = """
        SELECT g.number AS Number,
               CASE WHEN EXISTS (SELECT 1 FROM officers AS o
                                 WHERE o.grid_id = g.id AND o.role = 'liaison' AND o.channel_user_id IS NOT NULL) THEN 1 ELSE 0 END AS Bound
        FROM grids AS g
        ORDER BY g.number
        """;

    private const string CountUnboundSecretaries = """
        SELECT COUNT(*) FROM communities AS c
        WHERE NOT EXISTS (SELECT 1 FROM officers AS o
                          WHERE o.community_id = c.id AND o.role = 'secretary' AND o.channel_user_id IS NOT NULL)
        """;

    private const string Fix = "`officers list` shows who has not bound; `officers code <phone>` gives them a code, which they send to the bot from their chat (README, Officers).";

    public string Name => "officers";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        await using var connection = await context.OpenDatabaseAsync(ct);
        var grids = (await connection.QueryAsync<GridBinding>(new CommandDefinition(SelectGrids, cancellationToken: ct))).ToList();
        var secretaries = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountUnboundSecretaries, cancellationToken: ct));
        var unbound = grids.Where(grid => grid.Bound == 0).Select(grid => grid.Number).ToList();
        if (grids.Count == 0 || unbound.Count == grids.Count)
        {
            return CheckResult.Fail($"No grid's liaison has bound a chat ({grids.Count} grid(s)): no alert reaches anyone.", Fix);
        }
        if (unbound.Count > 0 || secretaries > 0)
        {
            var grid = unbound.Count > 0 ? $"the liaisons of {Doctors.Grids(unbound)} have not bound a chat" : "every grid's liaison has bound a chat";
            var secretary = secretaries > 0 ? $"; {secretaries} communit(ies) have no bound secretary" : string.Empty;
            return CheckResult.Warn($"Of {grids.Count} grids, {grid}{secretary}: their alerts wait until they bind.", Fix);
        }
        return CheckResult.Ok($"Every grid's liaison ({grids.Count}) and every community's secretary has bound a chat.");
    }

    private sealed class GridBinding
    {
        public long Number { get; init; }

        public long Bound { get; init; }
    }
}
