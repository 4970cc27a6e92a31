using Dapper;

namespace ZoneBot.Host.Doctor;

/// <summary>The zone's roster is there: grids, firms, and a liaison with a phone for every grid; not the demo zone's.</summary>
public sealed class RosterCheck : IDoctorCheck
{
    private const string SelectCounts = """
        SELECT (SELECT COUNT(*) FROM grids) AS Grids,
               (SELECT COUNT(*) FROM firms) AS Firms,
               (SELECT COUNT(*) FROM officers WHERE phone LIKE '1990000%') AS DemoOfficers
        """;

    private const string SelectGridsWithoutLiaison = """
        SELECT g.number FROM grids AS g
        WHERE NOT EXISTS (SELECT 1 FROM officers AS o WHERE o.grid_id = g.id AND o.role = 'liaison' AND TRIM(o.phone) <> '')
        ORDER BY g.number
        """;

    private const string ImportFix = "Import the town's roster: `import grids <file>` (with each grid's liaison and phone), then `import firms <file>` (README, Import the real roster).";

    public string Name => "roster";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        await using var connection = await context.OpenDatabaseAsync(ct);
        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(SelectCounts, cancellationToken: ct));
        if (counts.Grids == 0 || counts.Firms == 0)
        {
            return CheckResult.Fail($"The roster is not loaded: {counts.Grids} grid(s), {counts.Firms} firm(s).", ImportFix);
        }
        var orphans = (await connection.QueryAsync<long>(new CommandDefinition(SelectGridsWithoutLiaison, cancellationToken: ct))).ToList();
        if (orphans.Count > 0)
        {
            return CheckResult.Fail(
                $"{orphans.Count} grid(s) have no liaison with a phone: {Doctors.Grids(orphans)}. Their firms' tickets would reach nobody.",
                ImportFix + " Or `officers add --role liaison --grid N --name ... --phone ...`.");
        }
        var summary = $"{counts.Grids} grids, each with a liaison and phone; {counts.Firms} firms.";
        return counts.DemoOfficers > 0
            ? CheckResult.Warn(summary + " But it is the fictional demo zone's roster (phones 1990000xxxx).",
                "Go live on a new database file with the real roster imported before the first start: the demo data only loads into an empty database.")
            : CheckResult.Ok(summary);
    }

    private sealed class Counts
    {
        public long Grids { get; init; }

        public long Firms { get; init; }

        public long DemoOfficers { get; init; }
    }
}
