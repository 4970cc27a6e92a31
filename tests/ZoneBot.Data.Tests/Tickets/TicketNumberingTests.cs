using ZoneBot.Domain;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public class TicketNumberingTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public TicketNumberingTests(SeededDatabase seeded) => _seeded = seeded;

    [Fact]
    public async Task Twenty_simultaneous_filings_get_0001_to_0020_without_gaps_or_duplicates()
    {
        var kit = new TicketTestKit(_seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green, skip: 5);

        // Microsoft.Data.Sqlite's async methods complete synchronously, and the thread pool starts with
        // a thread per core: a thread each, released together, is what makes the filings overlap
        // (enough that a DEFERRED transaction fails here with 'database is locked').
        using var start = new ManualResetEventSlim();
        var filings = Enumerable.Range(0, 20).Select(i => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                return kit.Filing.FileAsync(Draft(firmId, user: $"racer-{i}")).GetAwaiter().GetResult();
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        start.Set();
        var filed = await Task.WhenAll(filings);

        var expected = Enumerable.Range(1, 20).Select(n => TicketNumber.Format(new DateOnly(2026, 11, 10), n));
        Assert.Equal(expected, filed.Select(ticket => ticket.Number).Order(StringComparer.Ordinal));
        Assert.Equal(20L, await kit.ScalarAsync("SELECT last_number FROM ticket_number_counters WHERE day = '2026-11-10'"));
    }

    [Fact]
    public async Task Numbers_restart_at_0001_on_each_zone_day()
    {
        var kit = new TicketTestKit(_seeded.Database, ZoneInstant(2026, 11, 11, 10, 0));
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
