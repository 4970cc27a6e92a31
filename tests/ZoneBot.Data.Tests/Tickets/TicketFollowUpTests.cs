using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketFollowUpTests(SeededDatabase<SqliteProvider> seeded) : TicketFollowUpTests<SqliteProvider>(seeded);

public sealed class PostgresTicketFollowUpTests(SeededDatabase<PostgresProvider> seeded) : TicketFollowUpTests<PostgresProvider>(seeded);

/// <summary>补充, 催办 and 评价 on a firm's own ticket, each with its event and, where the liaison must know, its alert.</summary>
public abstract class TicketFollowUpTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task A_supplement_adds_an_event_its_attachments_and_an_alert_for_the_liaison()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 1));

        var outcome = await kit.FollowUp.SupplementAsync(
            firmId, filed.Number, Member("王建国"), "另外北门的灯也不亮", [new NewTicketAttachment("北门.jpg", "image/jpeg", "https://files.example/n.jpg")]);

        Assert.Equal(SupplementOutcome.Supplemented, outcome);
        var details = await kit.FirmTickets.FindAsync(firmId, filed.Number);
        var supplemented = details!.History[^1];
        Assert.Equal((TicketEventKind.Supplemented, TicketStage.Reported, "另外北门的灯也不亮"), (supplemented.Kind, supplemented.Stage, supplemented.Note));
        Assert.Equal("北门.jpg", Assert.Single(details.Attachments).Name);
        var alerts = await kit.OutboxAsync(filed.Id);
        Assert.Equal([TicketAlert.Filed, TicketAlert.Supplemented], alerts.Select(a => a.Kind));
        Assert.Equal(alerts[0].RecipientOfficerId, alerts[1].RecipientOfficerId);
        Assert.Equal(("另外北门的灯也不亮", 1), (alerts[1].Alert.Note, alerts[1].Alert.AttachmentCount));
    }

    [DatabaseFact]
    public async Task Another_firm_cannot_supplement_urge_or_rate_a_ticket_and_nothing_is_written()
    {
        var (kit, _, filed) = await FiledAsync(new DateOnly(2026, 12, 2));
        var otherFirmId = await kit.FirmAsync(FirmColour.Green, skip: 21);

        Assert.Equal(SupplementOutcome.NotFound, await kit.FollowUp.SupplementAsync(otherFirmId, filed.Number, Member("张三"), "我来补充", []));
        Assert.Equal(UrgeOutcome.NotFound, (await kit.FollowUp.UrgeAsync(otherFirmId, filed.Number, Member("张三"))).Outcome);
        Assert.Equal(RateOutcome.NotFound, await kit.FollowUp.RateAsync(otherFirmId, filed.Number, Member("张三"), TicketRating.Dissatisfied, null));

        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id", new { id = filed.Id }));
        Assert.Single(await kit.OutboxAsync(filed.Id));
    }

    [DatabaseFact]
    public async Task A_second_urge_within_the_hour_is_refused_with_the_time_of_the_first_and_one_after_the_hour_goes_through()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 3));
        var firstAt = kit.Clock.GetUtcNow();

        var first = await kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国"));
        kit.Clock.Advance(TimeSpan.FromMinutes(59));
        var second = await kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国"));
        var urgedEvents = await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id AND kind = 'urged'", new { id = filed.Id });
        kit.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国"));

        Assert.Equal(new UrgeResult(UrgeOutcome.Urged, firstAt, firstAt.AddHours(1)), first);
        Assert.Equal(new UrgeResult(UrgeOutcome.TooSoon, firstAt, firstAt.AddHours(1)), second);
        Assert.Equal(1L, urgedEvents);
        Assert.Equal(UrgeOutcome.Urged, third.Outcome);
        Assert.Equal([TicketAlert.Filed, TicketAlert.Urged, TicketAlert.Urged], (await kit.OutboxAsync(filed.Id)).Select(a => a.Kind));
    }

    [DatabaseFact]
    public async Task Of_simultaneous_urges_exactly_one_goes_through()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 7));

        var results = await AtOnce.RunAsync(8, _ => kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国")));

        Assert.Single(results, result => result.Outcome == UrgeOutcome.Urged);
        Assert.All(results.Where(result => result.Outcome != UrgeOutcome.Urged), result => Assert.Equal(UrgeOutcome.TooSoon, result.Outcome));
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id AND kind = 'urged'", new { id = filed.Id }));
    }

    [DatabaseFact]
    public async Task A_rating_before_the_review_is_refused_and_after_it_is_accepted_once()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 4));

        var early = await kit.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.Satisfied, null);
        await kit.MoveToAsync(filed.Number, TicketStage.Handled);
        var stillEarly = await kit.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.Satisfied, null);
        await kit.MoveToAsync(filed.Number, TicketStage.Reviewed);
        var rated = await kit.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.BasicallySatisfied, " 修得挺快 ");
        var again = await kit.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.Dissatisfied, "改主意了");

        Assert.Equal([RateOutcome.NotYetReviewed, RateOutcome.NotYetReviewed, RateOutcome.Rated, RateOutcome.AlreadyRated], new[] { early, stillEarly, rated, again });
        var details = await kit.FirmTickets.FindAsync(firmId, filed.Number);
        Assert.Equal((TicketRating.BasicallySatisfied, "修得挺快"), (details!.Ticket.Rating, details.Ticket.RatingComment));
        var ratedEvent = Assert.Single(details.History, e => e.Kind == TicketEventKind.Rated);
        Assert.Equal((TicketStage.Reviewed, "基本满意：修得挺快"), (ratedEvent.Stage, ratedEvent.Note));
    }

    [DatabaseFact]
    public async Task A_closed_ticket_takes_no_supplement_or_urge_but_can_still_be_rated()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 5));
        await kit.MoveToAsync(filed.Number, TicketStage.Closed);

        Assert.Equal(SupplementOutcome.Closed, await kit.FollowUp.SupplementAsync(firmId, filed.Number, Member("王建国"), "还有一件事", []));
        Assert.Equal(new UrgeResult(UrgeOutcome.Closed, null, null), await kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国")));
        Assert.Equal(RateOutcome.Rated, await kit.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.Satisfied, null));
    }

    [DatabaseFact]
    public async Task A_supplement_with_neither_note_nor_attachment_is_a_mistake_of_the_caller()
    {
        var (kit, firmId, filed) = await FiledAsync(new DateOnly(2026, 12, 6));

        await Assert.ThrowsAsync<ArgumentException>(() => kit.FollowUp.SupplementAsync(firmId, filed.Number, Member("王建国"), "  ", []));
    }

    /// <summary>A fresh ticket of its own firm and day, so the tests of this class do not see each other's.</summary>
    private async Task<(TicketTestKit Kit, long FirmId, FiledTicket Filed)> FiledAsync(DateOnly day)
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(day.Year, day.Month, day.Day, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green, skip: day.Day);
        return (kit, firmId, await kit.Filing.FileAsync(Draft(firmId)));
    }
}
