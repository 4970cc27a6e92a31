using ZoneBot.Data;

namespace ZoneBot.Host.Doctor;

/// <summary>The database has every migration of this build, and none this build does not know (a newer build's).</summary>
public sealed class MigrationsCheck : IDoctorCheck
{
    public string Name => "migrations";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var known = MigrationJournal.Known(context.Database);
        await using var connection = await context.OpenDatabaseAsync(ct);
        IReadOnlyList<string> applied;
        try
        {
            applied = await MigrationJournal.AppliedAsync(connection, ct);
        }
        catch (System.Data.Common.DbException)
        {
            return CheckResult.Fail("The database has no migration journal: it is empty, or not ZoneBot's.",
                "Check Database:ConnectionString; `db migrate` (or the host's first start) builds the schema.");
        }
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return CheckResult.Fail(
                $"The database has migrations this build does not know ({string.Join(", ", unknown)}): a newer ZoneBot ran on it.",
                "Run the newer build again (migrations only go forward), or `db restore` a backup made before the upgrade.");
        }
        var pending = known.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            return CheckResult.Warn(
                $"{pending.Count} migration(s) not applied yet: {string.Join(", ", pending)}.",
                "The host applies them at its next start (or `db migrate`); take a backup first (`db backup --out ...`).");
        }
        return CheckResult.Ok($"All {known.Count} migrations applied (last {known[^1]}).");
    }
}
