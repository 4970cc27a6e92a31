using System.CommandLine;
using System.Globalization;
using ZoneBot.Data;
using ZoneBot.Data.Backups;
using ZoneBot.Data.Sqlite;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `db backup --out file` and `db restore --from file`: a consistent copy of the SQLite database while the bot runs,
/// and putting one back while it does not. On PostgreSQL both say to use pg_dump and pg_restore.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>Exit code: the copy was made but failed its check (and was not kept).</summary>
    public const int Damaged = 1;

    private const string PostgresAdvice =
        "The database is PostgreSQL: back it up with pg_dump and restore with pg_restore, e.g. " +
        "pg_dump --format=custom --file=zonebot.dump \"dbname=zonebot host=... user=...\" (see docs/deployment.md).";

    public static void AddTo(Command db)
    {
        var output = new Option<string>("--out") { Description = "The new backup file (e.g. /var/backups/zonebot/zonebot-before-upgrade.db).", Required = true };
        var backup = new Command("backup", "Copy the SQLite database while the bot runs (SQLite's online backup), then check the copy.") { output };
        backup.TreatUnmatchedTokensAsErrors = false;
        backup.SetAction((parse, ct) => BackupAsync(parse, parse.GetValue(output)!));
        db.Subcommands.Add(backup);

        var from = new Option<string>("--from") { Description = "The backup to put in place of the database.", Required = true };
        var restore = new Command("restore", "Replace the SQLite database with a checked backup, keeping the replaced file; refused while a host runs on it.") { from };
        restore.TreatUnmatchedTokensAsErrors = false;
        restore.SetAction((parse, ct) => RestoreAsync(parse, parse.GetValue(from)!));
        db.Subcommands.Add(restore);
    }

    private static async Task<int> BackupAsync(ParseResult parse, string destination)
    {
        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var database = services.GetRequiredService<Database>();
        var error = parse.InvocationConfiguration.Error;
        if (SqliteFiles.PathOf(database) is not { } source)
        {
            await error.WriteLineAsync(PostgresAdvice);
            return OfficerCommands.Refused;
        }
        BackupReport report;
        try
        {
            report = await Task.Run(() => SqliteBackups.Backup(database, destination));
        }
        catch (InvalidOperationException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return OfficerCommands.Refused;
        }
        if (!report.IsSound)
        {
            await error.WriteLineAsync($"The copy of {source} failed its check and was not kept: {report.Problem}");
            return Damaged;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync(
            $"Backed up {source} to {report.Path}: {Size(report.Bytes)}, integrity ok, {Describe(report)}.");
        return 0;
    }

    private static async Task<int> RestoreAsync(ParseResult parse, string backup)
    {
        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var database = services.GetRequiredService<Database>();
        var error = parse.InvocationConfiguration.Error;
        if (SqliteFiles.PathOf(database) is not { } target)
        {
            await error.WriteLineAsync(PostgresAdvice);
            return OfficerCommands.Refused;
        }
        var outcome = await Task.Run(() => SqliteBackups.Restore(database, backup, services.GetRequiredService<TimeProvider>().GetUtcNow()));
        if (!outcome.Restored)
        {
            await error.WriteLineAsync(outcome.Refusal);
            return OfficerCommands.Refused;
        }
        var output = parse.InvocationConfiguration.Output;
        await output.WriteLineAsync($"Restored {outcome.Backup.Path} to {target}: integrity ok, {Describe(outcome.Backup)}.");
        if (outcome.Backup.Pending > 0)
        {
            await output.WriteLineAsync($"{outcome.Backup.Pending} newer migration(s) run at the next start.");
        }
        await output.WriteLineAsync(outcome.KeptAs is null ? "There was no database file before." : $"The replaced file is kept as {outcome.KeptAs}.");
        return 0;
    }

    private static string Describe(BackupReport report) =>
        $"{report.Tickets.ToString("N0", CultureInfo.InvariantCulture)} ticket(s), last migration {report.LastMigration}";

    internal static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
