using System.CommandLine;
using Microsoft.Data.Sqlite;
using ZoneBot.Data;
using ZoneBot.Data.Backups;
using ZoneBot.Host.Cli;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`db backup` and `db restore` as the deployment guide types them, beside a real host running on the file.</summary>
public sealed class DatabaseCommandsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private string Folder => Path.GetDirectoryName(_database.FilePath)!;

    private string Settings => $"--Database:ConnectionString={_database.ConnectionString}";

    public Task InitializeAsync() => _database.SeedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Backup_while_the_host_runs_then_restore_once_it_stopped_brings_the_database_back_and_keeps_the_replaced_file()
    {
        var backup = Path.Combine(Folder, "backups", "zonebot-before-upgrade.db");
        var host = ZoneBotServer.Over(_database);
        await host.InitializeAsync();
        var (backupExit, backedUp) = await RunAsync("db", "backup", "--out", backup);
        var (_, added) = await RunAsync("officers", "add", "--name", "Lin Xiao", "--phone", "13805740001", "--role", "admin");
        var (refusedExit, refused) = await RunAsync("db", "restore", "--from", backup);
        await host.DisposeAsync();

        var (restoreExit, restored) = await RunAsync("db", "restore", "--from", backup);
        var (_, officers) = await RunAsync("officers", "list");

        Assert.Equal((0, OfficerCommands.Refused, 0), (backupExit, refusedExit, restoreExit));
        Assert.Contains("integrity ok", backedUp);
        Assert.Contains("enrolled", added);
        Assert.Contains($"A ZoneBot host is running on {_database.FilePath}", refused);
        Assert.Contains("The replaced file is kept as " + _database.FilePath + ".replaced-", restored);
        Assert.Contains("16 officers.", officers);
        var kept = Assert.Single(Directory.GetFiles(Folder, "zonebot.db.replaced-*"));
        Assert.Equal(17L, await CountOfficersAsync(kept));
    }

    [Fact]
    public async Task A_host_does_not_start_while_a_restore_holds_the_file()
    {
        using var restoring = DatabaseFileLock.TryExclusive(_database.FilePath);
        var host = ZoneBotServer.Over(_database);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(host.InitializeAsync);

        Assert.Contains("A restore is replacing", refused.Message);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_with_exit_2_and_a_backup_never_overwrites_a_file()
    {
        var damaged = Path.Combine(Folder, "damaged.db");
        await File.WriteAllBytesAsync(damaged, new byte[8192]);
        var existing = Path.Combine(Folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var (restoreExit, restore) = await RunAsync("db", "restore", "--from", damaged);
        var (backupExit, backup) = await RunAsync("db", "backup", "--out", existing);

        Assert.Equal((OfficerCommands.Refused, OfficerCommands.Refused), (restoreExit, backupExit));
        Assert.Contains("The backup was not restored.", restore);
        Assert.Contains("exists already", backup);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    [Fact]
    public async Task On_postgres_backup_and_restore_say_to_use_pg_dump_and_pg_restore()
    {
        string[] postgres = ["--Database:Provider=postgres", "--Database:ConnectionString=Host=localhost;Database=zonebot"];

        var (backupExit, backup) = await RunAsync(["db", "backup", "--out", Path.Combine(Folder, "pg.db"), .. postgres]);
        var (restoreExit, restore) = await RunAsync(["db", "restore", "--from", Path.Combine(Folder, "pg.db"), .. postgres]);

        Assert.Equal((OfficerCommands.Refused, OfficerCommands.Refused), (backupExit, restoreExit));
        Assert.All(new[] { backup, restore }, text => Assert.Contains("pg_dump and restore with pg_restore", text));
        Assert.False(File.Exists(Path.Combine(Folder, "pg.db")));
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        // The last --Database:... wins, so a test's own provider overrides the file's.
        var exitCode = await CommandLine.Build().Parse([Settings, .. args, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }

    private static async Task<long> CountOfficersAsync(string file)
    {
        await using var connection = SqliteFiles.Open(file, readOnly: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM officers";
        var count = (long)(await command.ExecuteScalarAsync())!;
        SqliteConnection.ClearAllPools();
        return count;
    }
}
