using Microsoft.Extensions.Configuration;
using ZoneBot.Host.Doctor;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Doctor;

/// <summary>The doctor's database checks on PostgreSQL: the same SQL, PostgreSQL's journal and types.</summary>
public sealed class PostgresDoctorTests
{
    [PostgresFact]
    public async Task On_postgres_the_database_checks_look_and_change_nothing_and_backups_point_to_pg_dump()
    {
        await using var database = await new PostgresProvider().CreateDatabaseAsync();
        await database.SeedAsync();
        var context = Context(("Database:Provider", "postgres"), ("Database:ConnectionString", database.ConnectionString));

        var results = (await Checkup.RunAsync(context, CancellationToken.None)).ToDictionary(result => result.Check.Name, result => result.Result);

        Assert.Equal(CheckStatus.Ok, results["database"].Status);
        Assert.Contains("PostgreSQL database answers and takes writes", results["database"].Summary);
        Assert.Equal(CheckStatus.Ok, results["migrations"].Status);
        Assert.Equal(CheckStatus.Warn, results["roster"].Status);
        Assert.Contains("10 grids, each with a liaison and phone; 743 firms.", results["roster"].Summary);
        Assert.Equal(CheckStatus.Fail, results["officers"].Status);
        Assert.Equal(CheckStatus.Ok, results["webhooks"].Status);
        Assert.Equal(CheckStatus.Ok, results["clock"].Status);
        Assert.Equal(CheckStatus.Warn, results["backups"].Status);
        Assert.Contains("pg_dump", results["backups"].Fix);
        await using var connection = await database.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schemaversions WHERE scriptname = 'doctor-write-probe'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_database_server_that_does_not_answer_fails_the_database_check_with_its_fix()
    {
        var context = Context(("Database:Provider", "postgres"), ("Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=zonebot;Username=zonebot;Timeout=3"));

        var result = await Checkup.RunOneAsync(new DatabaseCheck(), context, CancellationToken.None);

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.StartsWith("The PostgreSQL database does not answer", result.Summary);
        Assert.Contains("Database:ConnectionString", result.Fix);
    }

    private static DoctorContext Context(params (string Key, string? Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build(), TimeProvider.System);
}
