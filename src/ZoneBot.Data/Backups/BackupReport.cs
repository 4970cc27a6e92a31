using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Backups;

/// <summary>What a backup file holds, as found by opening it (<see cref="BackupVerifier"/>).</summary>
/// <param name="Problem">Null when the file is a sound ZoneBot database this build can run on; otherwise what is wrong.</param>
/// <param name="Migrations">The scripts its migration journal records, in order.</param>
/// <param name="Pending">Scripts of this build the backup has not had yet: applied at the next start, forward only.</param>
/// <param name="Tickets">How many tickets it holds, for the administrator to recognise it.</param>
public sealed record BackupReport(string Path, long Bytes, string? Problem, IReadOnlyList<string> Migrations, int Pending, long Tickets)
{
    public bool IsSound => Problem is null;

    public string LastMigration => Migrations.Count == 0 ? "none" : Migrations[^1];

    public static BackupReport Failed(string path, string problem) =>
        new(path, File.Exists(path) ? new FileInfo(path).Length : 0, problem, [], 0, 0);
}
