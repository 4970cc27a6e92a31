using ZoneBot.Data;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// At start, before the first message: brings the database up to date and loads the demo data into
/// an empty one. A hosted service, so the web host, the terminal chat and the test host all get it.
/// </summary>
public sealed class DatabaseStartup(Database database, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        new DatabaseMigrator(database).Migrate();
        var loaded = await new DemoDataSeeder(database).SeedAsync(cancellationToken);
        if (loaded)
        {
            logger.LogInformation("Demo data loaded into the empty database");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
