using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using ZoneBot.Data.Tests.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using ZoneBot.Data.Backups;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Tests.Backups;

/// <summary>Backups of the live SQLite file through SQLite's online backup, and restoring one; real files throughout.</summary>
public sealed class SqliteBackupsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _live = new();

    private string Folder => Path.GetDirectoryName(_live.FilePath)!;

    public Task InitializeAsync() => _live.SeedAsync();

    public async Task DisposeAsync() => await _live.DisposeAsync();

    [Fact]
    public async Task A_backup_taken_while_tickets_are_being_filed_opens_passes_its_check_and_holds_every_ticket_confirmed_before_it()
    {
        var kit = new TicketTestKit(_live.Database, DateTimeOffset.UtcNow);
        var firmId = await kit.FirmAsync(FirmColour.Green);
        var confirmed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        // Filers on threads of their own (Microsoft.Data.Sqlite's async calls complete synchronously).
        var filers = Enumerable.Range(0, 3).Select(filer => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var ticket = kit.Filing.FileAsync(TicketTestKit.Draft(firmId, user: $"load-{filer}")).GetAwaiter().GetResult();
                    confirmed.Enqueue(ticket.Number);
                }
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        while (confirmed.Count < 200)
        {
            await Task.Delay(10);
        }

        var confirmedBefore = confirmed.ToArray();
        var report = await Task.Run(() => SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "during-load.db")));
        var confirmedAfter = confirmed.Count;
        while (confirmed.Count < confirmedAfter + 100)
        {
            await Task.Delay(10);
        }
        await stop.CancelAsync();
        await Task.WhenAll(filers);

        Assert.True(report.IsSound, report.Problem);
        Assert.Equal(0, report.Pending);
        Assert.Equal(MigrationJournal.Known(_live.Database), report.Migrations);
        await using var copy = SqliteFiles.Open(report.Path, readOnly: true);
        Assert.Equal("ok", await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var inCopy = (await copy.QueryAsync<string>("SELECT number FROM tickets")).ToHashSet();
        Assert.Subset(inCopy, confirmedBefore.ToHashSet());
        // The load went on during and after the copy: the live file has tickets the copy has not.
        Assert.True(confirmed.Count > inCopy.Count, $"{confirmed.Count} filed, {inCopy.Count} in the copy");
        Assert.Equal(inCopy.Count, report.Tickets);
        Assert.False(File.Exists(report.Path + "-wal"));
    }

    [Fact]
    public async Task A_restore_brings_the_backup_back_and_keeps_the_file_it_replaced()
    {
        var kit = new TicketTestKit(_live.Database, DateTimeOffset.UtcNow);
        var firmId = await kit.FirmAsync(FirmColour.Red);
        var before = await kit.Filing.FileAsync(TicketTestKit.Draft(firmId));
        var backup = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "zonebot.db"));
        var after = await kit.Filing.FileAsync(TicketTestKit.Draft(firmId));

        var outcome = SqliteBackups.Restore(_live.Database, backup.Path, TicketTestKit.ZoneInstant(2026, 12, 2, 10, 30));

        Assert.True(outcome.Restored, outcome.Refusal);
        Assert.Equal(_live.FilePath + ".replaced-20261202-103000", outcome.KeptAs);
        Assert.Equal([before.Number], await NumbersAsync(_live.FilePath));
        Assert.Equal([before.Number, after.Number], await NumbersAsync(outcome.KeptAs!));
        // The restored file is the live database again: the next ticket is filed into it.
        var next = await kit.Filing.FileAsync(TicketTestKit.Draft(firmId));
        Assert.Equal([before.Number, next.Number], await NumbersAsync(_live.FilePath));
    }

    [Fact]
    public void A_restore_is_refused_while_a_host_holds_the_file_and_changes_nothing()
    {
        var backup = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "zonebot.db"));
        var written = File.GetLastWriteTimeUtc(_live.FilePath);

        RestoreOutcome refused;
        using (DatabaseFileLock.TryShared(_live.FilePath))
        {
            refused = SqliteBackups.Restore(_live.Database, backup.Path, DateTimeOffset.UtcNow);
        }
        var restored = SqliteBackups.Restore(_live.Database, backup.Path, DateTimeOffset.UtcNow);

        Assert.False(refused.Restored);
        Assert.Contains("A ZoneBot host is running on", refused.Refusal);
        Assert.Null(refused.KeptAs);
        Assert.True(restored.Restored, restored.Refusal);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(_live.FilePath));
    }

    [Fact]
    public void Hosts_share_the_lock_and_a_restore_excludes_them_until_it_is_done()
    {
        using var host = DatabaseFileLock.TryShared(_live.FilePath);
        using var secondHost = DatabaseFileLock.TryShared(_live.FilePath);
        var restoreWhileHosts = DatabaseFileLock.TryExclusive(_live.FilePath);
        host!.Dispose();
        secondHost!.Dispose();
        using var restore = DatabaseFileLock.TryExclusive(_live.FilePath);
        var hostWhileRestore = DatabaseFileLock.TryShared(_live.FilePath);

        Assert.Null(restoreWhileHosts);
        Assert.NotNull(restore);
        Assert.Null(hostWhileRestore);
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_database_is_left_alone()
    {
        var backup = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "zonebot.db"));
        var damaged = Path.Combine(Folder, "backups", "damaged.db");
        var bytes = await File.ReadAllBytesAsync(backup.Path);
        // Overwrite pages in the middle of the file, as a disk error would; the header stays readable.
        Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, 3 * 4096);
        await File.WriteAllBytesAsync(damaged, bytes);
        var notADatabase = Path.Combine(Folder, "notes.db");
        await File.WriteAllTextAsync(notADatabase, "notes, not a database");

        var outcomes = new[] { damaged, notADatabase, Path.Combine(Folder, "missing.db"), _live.FilePath }
            .Select(file => SqliteBackups.Restore(_live.Database, file, DateTimeOffset.UtcNow)).ToList();

        Assert.All(outcomes, outcome => Assert.False(outcome.Restored));
        Assert.All(outcomes, outcome => Assert.StartsWith("The backup was not restored.", outcome.Refusal));
        Assert.Equal(743L, await CountAsync(_live.FilePath, "SELECT COUNT(*) FROM firms"));
        Assert.Empty(Directory.GetFiles(Folder, "*.replaced-*"));
    }

    [Fact]
    public async Task A_backup_from_a_newer_build_is_refused_and_an_older_one_is_restored_with_its_migrations_pending()
    {
        var newer = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "newer.db"));
        await ExecuteAsync(newer.Path, "INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('9999_from_the_future.sql', CURRENT_TIMESTAMP)");
        var older = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "older.db"));
        await ExecuteAsync(older.Path, "DELETE FROM SchemaVersions WHERE ScriptName = '0004_direct_line.sql'");

        var refused = SqliteBackups.Restore(_live.Database, newer.Path, DateTimeOffset.UtcNow);
        var restored = SqliteBackups.Restore(_live.Database, older.Path, DateTimeOffset.UtcNow);

        Assert.Contains("newer ZoneBot", refused.Refusal);
        Assert.Contains("9999_from_the_future.sql", refused.Refusal);
        Assert.True(restored.Restored, restored.Refusal);
        Assert.Equal(1, restored.Backup.Pending);
    }

    [Fact]
    public void A_backup_never_overwrites_a_file_and_is_refused_on_postgres()
    {
        var first = SqliteBackups.Backup(_live.Database, Path.Combine(Folder, "backups", "zonebot.db"));
        var postgres = new Database(new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=localhost;Database=zonebot" });

        var again = Assert.Throws<InvalidOperationException>(() => SqliteBackups.Backup(_live.Database, first.Path));
        var onPostgres = Assert.Throws<InvalidOperationException>(() => SqliteBackups.Backup(postgres, Path.Combine(Folder, "pg.db")));

        Assert.Contains("exists already", again.Message);
        Assert.Contains("pg_dump", onPostgres.Message);
        Assert.True(BackupVerifier.Verify(first.Path).IsSound);
    }

    private static async Task<IReadOnlyList<string>> NumbersAsync(string file)
    {
        await using var connection = SqliteFiles.Open(file, readOnly: true);
        return [.. await connection.QueryAsync<string>("SELECT number FROM tickets ORDER BY id")];
    }

    private static async Task<long> CountAsync(string file, string sql)
    {
        await using var connection = SqliteFiles.Open(file, readOnly: true);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = SqliteFiles.Open(file, readOnly: false);
        await connection.ExecuteAsync(sql);
        SqliteConnection.ClearAllPools();
    }
}
