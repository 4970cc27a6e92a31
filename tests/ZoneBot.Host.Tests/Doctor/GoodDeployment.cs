using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using ZoneBot.Data;
using ZoneBot.Data.Backups;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Host.Doctor;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Doctor;

/// <summary>
/// A deployment ready to go live, on a real SQLite file: the roster imported (the demo zone with its phones made real),
/// every liaison and secretary bound, a ticket filed, a backup made this hour, settings as the guide gives them.
/// Each doctor test breaks one thing of it.
/// </summary>
public sealed class GoodDeployment : IAsyncDisposable
{
    public const string SigningKey = "Xq3vT9kLw2mZp7RfYs4nBc8HjD6gUe1Aa0Ko5Vi";

    private readonly SqliteTestDatabase _database = new();

    private GoodDeployment()
    {
    }

    public string DatabaseFile => _database.FilePath;

    public string BackupFolder => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "backups");

    public Dictionary<string, string?> Settings => new()
    {
        ["Urls"] = "http://localhost:3978",
        ["Database:Provider"] = "sqlite",
        ["Database:ConnectionString"] = _database.ConnectionString,
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        ["MicrosoftAppPassword"] = "a-client-secret",
        ["MicrosoftAppTenantId"] = "",
        ["Webhooks:Grids:3"] = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa",
        ["Backups:Folder"] = "backups",
        ["Backups:Hour"] = "3",
        ["Backups:Keep"] = "14",
    };

    public static async Task<GoodDeployment> CreateAsync()
    {
        var deployment = new GoodDeployment();
        await deployment._database.SeedAsync();
        await deployment.ExecuteAsync("UPDATE officers SET phone = '138' || substr(phone, 4) WHERE phone LIKE '1990000%'");
        await deployment.BindAsync("role IN ('liaison', 'secretary')");
        var filing = new TicketFiling(deployment._database.Database, new DeadlinePolicy(new DeadlineOptions()), TimeProvider.System);
        var firm = await deployment.ScalarAsync("SELECT MIN(id) FROM firms");
        await filing.FileAsync(new NewTicket(firm, TicketCategory.EnterpriseService, "The street light at the east gate is out", "east gate",
            Urgency.Normal, "Wang", "13805741234", null, [], "test", "user-1"));
        SqliteBackups.Backup(deployment._database.Database, new BackupFolder(deployment.BackupFolder).NewFile(DateTimeOffset.UtcNow));
        return deployment;
    }

    /// <summary>The doctor's view of these settings, some changed (null removes one); the real clock unless given.</summary>
    public DoctorContext Context(TimeProvider? time = null, params (string Key, string? Value)[] changes)
    {
        var settings = Settings;
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new DoctorContext(configuration, time ?? TimeProvider.System);
    }

    public DoctorContext Context(params (string Key, string? Value)[] changes) => Context(null, changes);

    public Task BindAsync(string which) =>
        ExecuteAsync($"UPDATE officers SET channel_id = 'directline', channel_user_id = 'dl_' || id WHERE {which}");

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await _database.Database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }
}
