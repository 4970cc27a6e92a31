using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketNumberingTests(SeededDatabase<SqliteProvider> seeded) : TicketNumberingTests<SqliteProvider>(seeded);

public sealed class PostgresTicketNumberingTests(SeededDatabase<PostgresProvider> seeded) : TicketNumberingTests<PostgresProvider>(seeded);

/// <summary>Ticket numbers ZB-yyyyMMdd-NNNN: gap-free and unique per zone day, however many file at once.</summary>
public abstract class TicketNumberingTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task Twenty_simultaneous_filings_get_0001_to_0020_without_gaps_or_duplicates()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green, skip: 5);

        // Enough overlap that a DEFERRED transaction fails here on SQLite with 'database is locked', and that
        // PostgreSQL's upserts of the day's counter meet on a row not committed yet.
        var filed = await AtOnce.RunAsync(20, i => kit.Filing.FileAsync(Draft(firmId, user: $"racer-{i}")));

        var expected = Enumerable.Range(1, 20).Select(n => TicketNumber.Format(new DateOnly(2026, 11, 10), n));
        Assert.Equal(expected, filed.Select(ticket => ticket.Number).Order(StringComparer.Ordinal));
        Assert.Equal(20L, await kit.ScalarAsync("SELECT last_number FROM ticket_number_counters WHERE day = '2026-11-10'"));
    }

    [DatabaseFact]
    public async Task Numbers_restart_at_0001_on_each_zone_day()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 11, 10, 0));
        var firmId = await kit.FirmAsync(FirmColour.Yellow, skip: 5);

        var first = await kit.Filing.FileAsync(Draft(firmId));
        kit.Clock.SetUtcNow(ZoneInstant(2026, 11, 11, 23, 59));
        var lastOfTheDay = await kit.Filing.FileAsync(Draft(firmId));
        // 00:01 in the zone is still the 11th in UTC: the zone's date counts.
        kit.Clock.SetUtcNow(ZoneInstant(2026, 11, 12, 0, 1));
        var nextDay = await kit.Filing.FileAsync(Draft(firmId));

        Assert.Equal(["ZB-20261111-0001", "ZB-20261111-0002", "ZB-20261112-0001"], new[] { first.Number, lastOfTheDay.Number, nextDay.Number });
    }
}
