using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Backups;
using ZoneBot.Domain;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>The daily backup: when it runs, what it writes and logs, what it prunes.</summary>
public sealed class ScheduledBackupServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private string Backups => Path.Combine(Path.GetDirectoryName(_database.FilePath)!, "backups");

    public Task InitializeAsync() => _database.SeedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("2026-12-02T02:59:00+08:00", 3, "2026-12-02T03:00:00+08:00")]
    [InlineData("2026-12-02T03:00:00+08:00", 3, "2026-12-03T03:00:00+08:00")]
    [InlineData("2026-12-02T23:30:00+08:00", 3, "2026-12-03T03:00:00+08:00")]
    [InlineData("2026-12-01T18:00:00+00:00", 3, "2026-12-02T03:00:00+08:00")]
    [InlineData("2026-12-31T22:00:00+08:00", 0, "2027-01-01T00:00:00+08:00")]
    public void The_next_backup_is_at_the_hour_of_the_zone_clock(string now, int hour, string next) =>
        Assert.Equal(DateTimeOffset.Parse(next), ScheduledBackupService.NextRun(DateTimeOffset.Parse(now), hour));

    [Fact]
    public async Task At_the_hour_the_service_writes_a_checked_backup_logs_it_and_keeps_only_the_newest()
    {
        Directory.CreateDirectory(Backups);
        foreach (var day in new[] { 27, 28, 29, 30 })
        {
            await File.WriteAllTextAsync(Path.Combine(Backups, $"zonebot-202611{day}-030000.db"), "an older backup");
        }
        var other = Path.Combine(Backups, "before-upgrade.db");
        await File.WriteAllTextAsync(other, "an administrator's own copy");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 2, 59, 0, ZoneTime.Offset));
        var log = new LogCapture<ScheduledBackupService>();
        using var service = Service(new BackupOptions { Hour = 3, Keep = 3 }, clock, log);

        await service.StartAsync(CancellationToken.None);
        // The service runs on a thread of its own: advance the clock once it waits for the hour.
        await WaitForAsync(() => log.Lines.Any(line => line.Contains("Next database backup at 2026-12-02 03:00 (zone time)")));
        var expected = Path.Combine(Backups, "zonebot-20261202-030000.db");
        var noneBeforeTheHour = File.Exists(expected);
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => log.Lines.Any(line => line.Contains("Database backed up")));
        await service.StopAsync(CancellationToken.None);

        Assert.False(noneBeforeTheHour);
        Assert.True(BackupVerifier.Verify(expected).IsSound);
        Assert.Equal(
            ["zonebot-20261202-030000.db", "zonebot-20261130-030000.db", "zonebot-20261129-030000.db"],
            new BackupFolder(Backups).Backups().Select(file => file.Name));
        Assert.True(File.Exists(other));
        Assert.Contains(log.Lines, line => line.StartsWith("Information: Database backed up to " + expected, StringComparison.Ordinal)
            && line.Contains("integrity ok") && line.Contains("2 old backup(s) deleted"));
    }

    [Fact]
    public async Task A_backup_that_cannot_be_written_is_logged_as_an_error_and_the_service_goes_on()
    {
        // A file where the folder should be: the backup cannot be written there.
        Directory.CreateDirectory(Path.GetDirectoryName(Backups)!);
        await File.WriteAllTextAsync(Backups, "not a folder");
        var log = new LogCapture<ScheduledBackupService>();
        using var service = Service(new BackupOptions(), new FakeTimeProvider(DateTimeOffset.UtcNow), log);

        var report = service.BackUpOnce();

        Assert.Null(report);
        Assert.Contains(log.Lines, line => line.StartsWith("Error: The database backup failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_folder_the_service_says_backups_are_off_and_writes_nothing()
    {
        var log = new LogCapture<ScheduledBackupService>();
        using var service = Service(new BackupOptions { Folder = "" }, new FakeTimeProvider(DateTimeOffset.UtcNow), log);

        await service.StartAsync(CancellationToken.None);
        await WaitForAsync(() => log.Lines.Count > 0);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(["Warning: Daily backups are off (Backups:Folder is empty)"], log.Lines);
        Assert.False(Directory.Exists(Backups));
    }

    private ScheduledBackupService Service(BackupOptions options, TimeProvider clock, LogCapture<ScheduledBackupService> log) =>
        new(_database.Database, Options.Create(options), clock, log);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }
        Assert.True(condition(), "waited 10 s");
    }
}
