using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Demo;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// At start, before the first message: refuses a missing database unless told to create one
/// (<c>Database:CreateIfMissing</c>), brings it up to date, loads the demo data when asked (<c>Database:SeedDemo</c>),
/// then watches the SQLite file while the host runs. A hosted service, so the web host, the terminal chat and the
/// test host all get it.
/// </summary>
public sealed class DatabaseStartup(Database database, IOptions<DatabaseOptions> options, ILogger<DatabaseStartup> logger) : IHostedService
{
    private IDisposable? _watch;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var existed = database.Exists();
        if (!existed && !settings.CreateIfMissing)
        {
            throw new DatabaseUnavailableException(
                "The database does not exist. If it was lost, restore it; a new one is made by `db migrate` (empty) or `seed demo`, "
                + "or by starting once with Database:CreateIfMissing=true.");
        }
        if (!existed)
        {
            logger.LogWarning("The database did not exist and was created (Database:CreateIfMissing)");
        }

        new DatabaseMigrator(database).Migrate();
        if (settings.SeedDemo && await new DemoDataSeeder(database).SeedAsync(cancellationToken))
        {
            logger.LogInformation("Demo data loaded into the empty database (Database:SeedDemo)");
        }
        try
        {
            _watch = database.WatchFile(reason => logger.LogCritical("Database lost: {Reason}", reason));
        }
        catch (IOException exception)
        {
            // Out of inotify instances, say: a deleted file is still caught when a connection opens, a replaced one is not.
            logger.LogWarning(exception, "The database file cannot be watched; a file replaced while the host runs will go unnoticed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watch?.Dispose();
        return Task.CompletedTask;
    }
}
