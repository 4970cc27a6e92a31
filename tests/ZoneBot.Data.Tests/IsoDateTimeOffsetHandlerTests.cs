using Dapper;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests;

public class IsoDateTimeOffsetHandlerTests : IClassFixture<TempDatabase>
{
    private readonly TempDatabase _temp;

    public IsoDateTimeOffsetHandlerTests(TempDatabase temp)
    {
        _temp = temp;
        _temp.Migrate();
    }

    [Fact]
    public async Task An_instant_is_stored_as_UTC_ISO_text_and_read_back_as_the_same_instant()
    {
        var zoneMorning = new DateTimeOffset(2026, 11, 28, 7, 30, 15, TimeSpan.FromHours(8));
        await using var connection = await _temp.Database.OpenAsync();

        await connection.ExecuteAsync(
            "INSERT INTO bot_state (key, etag, data, updated_at) VALUES (@key, '1', '{}', @updatedAt)",
            new { key = "instant", updatedAt = zoneMorning });
        var text = await connection.ExecuteScalarAsync<string>("SELECT updated_at FROM bot_state WHERE key = 'instant'");
        var read = await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT updated_at FROM bot_state WHERE key = 'instant'");
        var nullable = await connection.QuerySingleAsync<DateTimeOffset?>("SELECT updated_at FROM bot_state WHERE key = 'instant'");

        Assert.Equal("2026-11-27T23:30:15.0000000Z", text);
        Assert.Equal(zoneMorning, read);
        Assert.Equal(zoneMorning, nullable);
    }

    [Fact]
    public async Task Instants_compare_in_SQL_as_text()
    {
        await using var connection = await _temp.Database.OpenAsync();

        var earlier = await connection.ExecuteScalarAsync<long>(
            "SELECT @a < @b",
            new { a = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)), b = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero) });

        Assert.Equal(1L, earlier);
    }
}
