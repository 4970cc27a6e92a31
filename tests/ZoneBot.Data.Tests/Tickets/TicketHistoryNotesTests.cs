using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketHistoryNotesTests(SeededDatabase<SqliteProvider> seeded) : TicketHistoryNotesTests<SqliteProvider>(seeded);

public sealed class PostgresTicketHistoryNotesTests(SeededDatabase<PostgresProvider> seeded) : TicketHistoryNotesTests<PostgresProvider>(seeded);

/// <summary>Internal notes (研判, 转派, 申请延期) are marked in the data, and the firm's view of the history never carries them.</summary>
public abstract class TicketHistoryNotesTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task The_assessment_note_is_internal_the_officers_read_it_and_the_firms_view_has_the_entry_without_it()
    {
        var kit = new OfficerTestKit(seeded.Database, ZoneInstant(2026, 12, 2, 9, 0));
        var liaison = await kit.OfficerAsync("19900000003");
        var filed = await kit.FileInGridAsync(3, user: "notes-firm");

        await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.Environment, Urgency.Normal, "企业自己堵的，先去现场看");
        await kit.Workflow.FeedBackAsync(liaison.Id, filed.Number, "已安排明天上午上门");
        await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 2, "需要等环保所排期");

        var officers = await kit.Tickets.Register.FindAsync(filed.Number);
        var firm = await kit.Tickets.FirmTickets.FindAsync(officers!.Ticket.FirmId, filed.Number);

        Assert.Equal([false, true, false, true], officers.History.Select(entry => entry.IsInternal));
        Assert.Equal("企业自己堵的，先去现场看", officers.History[1].Note);
        Assert.Equal(officers.History.Select(entry => (entry.Kind, entry.Stage, entry.Actor)), firm!.History.Select(entry => (entry.Kind, entry.Stage, entry.Actor)));
        Assert.Equal([null, null, "已安排明天上午上门", null], firm.History.Select(entry => entry.Note));
    }
}
