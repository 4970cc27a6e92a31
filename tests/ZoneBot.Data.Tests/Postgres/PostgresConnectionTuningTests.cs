using Dapper;
using Npgsql;
using ZoneBot.Data.Postgres;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Postgres;

/// <summary>Pooled connections prepare what they run again and skip the reset; a connection string may say otherwise.</summary>
public sealed class PostgresConnectionTuningTests
{
    [Fact]
    public void A_plain_connection_string_gets_auto_prepare_and_no_reset_on_close()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.For("Host=db.example;Port=5433;Database=zonebot;Username=bot;Password=s3cret"));

        Assert.Equal(PostgresConnectionTuning.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionTuning.AutoPrepareMinUsages, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(("db.example", 5433, "zonebot", "bot", "s3cret"), (tuned.Host, tuned.Port, tuned.Database, tuned.Username, tuned.Password));
    }

    [Fact]
    public void Settings_the_connection_string_names_keep_their_values_in_either_spelling()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.For("Host=db.example;Database=zonebot;Max Auto Prepare=0;NoResetOnClose=false;autoprepareminusages=7"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(7, tuned.AutoPrepareMinUsages);
    }

}

/// <summary>On a real server: ZoneBot's connections keep what they run prepared.</summary>
public sealed class PostgresPreparedStatementsTests(MigratedDatabase<PostgresProvider> migrated) : IClassFixture<MigratedDatabase<PostgresProvider>>
{
    [DatabaseFact]
    public async Task A_statement_run_twice_on_a_connection_is_prepared_there()
    {
        const string sql = "SELECT COUNT(*) FROM bot_state WHERE key = @key";
        const string prepared = "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM bot_state WHERE key = $1%' AND statement NOT LIKE '%pg_prepared_statements%'";
        await using var connection = await migrated.Database.OpenAsync();
        var before = await connection.ExecuteScalarAsync<long>(prepared);

        for (var run = 0; run < 3; run++)
        {
            await connection.ExecuteScalarAsync<long>(sql, new { key = "k" + run });
        }

        Assert.Equal(0, before);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(prepared));
    }
}
