using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

public class TicketOverdueTests
{
    private static readonly DateTimeOffset FiledAt = new(2026, 11, 28, 9, 0, 0, ZoneTime.Offset);

    [Theory]
    [InlineData(TicketStage.Reported, 3, false)]
    [InlineData(TicketStage.Reported, 5, true)]
    [InlineData(TicketStage.Assessed, 5, false)]
    [InlineData(TicketStage.FedBack, 25, true)]
    [InlineData(TicketStage.Handled, 25, false)]
    [InlineData(TicketStage.Closed, 100, false)]
    public void A_ticket_is_overdue_only_past_a_deadline_that_still_applies(TicketStage stage, int hoursLater, bool overdue)
    {
        var ticket = new Ticket(
            1, "ZB-20261128-0001", 1, 1, TicketCategory.Safety, "消防通道被堵", null, Urgency.Normal, "王先生", "13805741234", null,
            stage, FiledAt, FiledAt.AddHours(4), FiledAt.AddHours(24), null, null, null, null);

        Assert.Equal(overdue, ticket.IsOverdueAt(FiledAt.AddHours(hoursLater)));
    }
}
