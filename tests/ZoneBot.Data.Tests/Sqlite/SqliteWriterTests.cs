using Dapper;
using ZoneBot.Data.Tests.Tickets;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>
/// Writes made while turns are served go through the database's one writer on SQLite: they share its commits and
/// queue there instead of sleeping in SQLite's busy handler.
/// </summary>
public sealed class SqliteWriterTests(SeededDatabase<SqliteProvider> seeded) : IClassFixture<SeededDatabase<SqliteProvider>>
{
    [DatabaseFact]
    public async Task Filings_made_at_once_share_the_writers_commits_and_each_gets_its_own_number()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 12, 2, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green);
        var writer = seeded.Database.GroupCommit!;
        var (commitsBefore, batchesBefore) = (writer.Commits, writer.Batches);

        var filed = await AtOnce.RunAsync<FiledTicket>(24, _ => kit.Filing.FileAsync(Draft(firmId)));

        Assert.Equal(24, filed.Select(ticket => ticket.Number).Distinct().Count());
        Assert.Equal(24, writer.Batches - batchesBefore);
        Assert.True(writer.Commits - commitsBefore < 24, $"{writer.Commits - commitsBefore} commits for 24 filings");
        Assert.Equal(24L, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets WHERE number LIKE 'ZB-20261202-%'"));
    }

    [DatabaseFact]
    public async Task A_write_whose_work_fails_writes_nothing_and_the_caller_gets_the_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => seeded.Database.WriteAsync<int>(async (connection, transaction, ct) =>
        {
            await connection.ExecuteAsync("INSERT INTO chat_references (channel_id, user_id, reference, updated_at) VALUES ('test', 'half', '{}', '2026-12-02T00:00:00Z')", transaction: transaction);
            throw new InvalidOperationException("the second half fails");
        }));

        Assert.Equal("the second half fails", error.Message);
        await using var connection = await seeded.Database.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chat_references WHERE user_id = 'half'"));
    }

    [DatabaseFact]
    public async Task A_write_queued_from_inside_the_writers_transaction_is_refused_instead_of_waiting_for_itself()
    {
        var nested = Assert.ThrowsAsync<InvalidOperationException>(() => seeded.Database.WriteAsync((connection, transaction, ct) =>
            seeded.Database.ExecuteWriteAsync("UPDATE chat_references SET reference = reference", null, ct)));

        var refused = await nested.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("wait for itself", refused.Message, StringComparison.Ordinal);
    }
}
