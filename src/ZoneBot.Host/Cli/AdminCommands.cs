using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>The administrator's verbs: each builds the services, does one thing, prints what it did.</summary>
public static class AdminCommands
{
    public static Task<int> MigrateAsync(string[] args, CancellationToken ct)
    {
        using var services = ConsoleServices.Build(args);
        var applied = new DatabaseMigrator(services.GetRequiredService<Database>()).Migrate();
        Console.WriteLine(applied == 0 ? "The database is up to date." : $"Applied {applied} migration(s).");
        return Task.FromResult(0);
    }

    public static async Task<int> SeedDemoAsync(string[] args, CancellationToken ct)
    {
        using var services = ConsoleServices.Build(args);
        var database = services.GetRequiredService<Database>();
        new DatabaseMigrator(database).Migrate();
        var loaded = await new DemoDataSeeder(database).SeedAsync(ct);
        Console.WriteLine(loaded ? "Demo data loaded." : "The database already has data; nothing loaded.");
        return 0;
    }
}
