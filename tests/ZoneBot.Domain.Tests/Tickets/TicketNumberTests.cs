using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

public class TicketNumberTests
{
    [Fact]
    public void A_number_is_the_prefix_the_day_and_four_digits()
    {
        Assert.Equal("ZB-20261128-0007", TicketNumber.Format(new DateOnly(2026, 11, 28), 7));
    }

    [Fact]
    public void A_day_past_9999_tickets_gets_five_digits()
    {
        Assert.Equal("ZB-20261128-10000", TicketNumber.Format(new DateOnly(2026, 11, 28), 10000));
    }

    [Fact]
    public void Sequences_start_at_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketNumber.Format(new DateOnly(2026, 11, 28), 0));
    }

    [Theory]
    [InlineData("ZB-20261128-0007")]
    [InlineData(" zb-20261128-0007 ")]
    public void A_number_as_people_type_it_parses(string text)
    {
        Assert.True(TicketNumber.TryParse(text, out var day, out var sequence));
        Assert.Equal(new DateOnly(2026, 11, 28), day);
        Assert.Equal(7, sequence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZB-20261128")]
    [InlineData("ZB-20261328-0007")]
    [InlineData("XX-20261128-0007")]
    [InlineData("ZB-20261128-007")]
    [InlineData("ZB-20261128-0000")]
    [InlineData("ZB-20261128-00a7")]
    public void Anything_else_does_not_parse(string? text)
    {
        Assert.False(TicketNumber.TryParse(text, out var day, out var sequence));
        Assert.Equal(default, day);
        Assert.Equal(0, sequence);
    }
}
