using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

public class DeadlinePolicyTests
{
    private static readonly DateTimeOffset FiledAt = new(2026, 11, 28, 9, 0, 0, ZoneTime.Offset);

    private static readonly DeadlineOptions Options = new()
    {
        Green = new() { ResponseHours = 24, HandleHours = 120 },
        Yellow = new() { ResponseHours = 12, HandleHours = 72 },
        Orange = new() { ResponseHours = 8, HandleHours = 48 },
        Red = new() { ResponseHours = 4, HandleHours = 24 },
        Categories = new() { ["safety"] = new() { ResponseHours = 2, HandleHours = 24 } },
        UrgentFactor = 0.5,
        WorkingHours = false,
    };

    private static readonly DeadlinePolicy Policy = new(Options);

    [Fact]
    public void A_red_firm_gets_shorter_deadlines_than_a_green_one()
    {
        var green = Policy.Compute(FiledAt, TicketCategory.EnterpriseService, FirmColour.Green, Urgency.Normal);
        var red = Policy.Compute(FiledAt, TicketCategory.EnterpriseService, FirmColour.Red, Urgency.Normal);

        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(24), FiledAt.AddHours(120)), green);
        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(4), FiledAt.AddHours(24)), red);
    }

    [Fact]
    public void Each_colour_is_at_most_as_long_as_the_laxer_one_before_it()
    {
        var due = Enum.GetValues<FirmColour>()
            .Select(colour => Policy.Compute(FiledAt, TicketCategory.Other, colour, Urgency.Normal))
            .ToList();

        Assert.Equal(due.OrderByDescending(d => d.ResponseDueAt).ToList(), due);
        Assert.Equal(due.OrderByDescending(d => d.HandleDueAt).ToList(), due);
    }

    [Fact]
    public void An_urgent_ticket_gets_the_urgent_factor_of_both_deadlines()
    {
        var urgent = Policy.Compute(FiledAt, TicketCategory.Environment, FirmColour.Yellow, Urgency.Urgent);

        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(6), FiledAt.AddHours(36)), urgent);
    }

    [Fact]
    public void A_category_ceiling_shortens_a_laxer_colour_but_not_a_stricter_one()
    {
        var greenSafety = Policy.Compute(FiledAt, TicketCategory.Safety, FirmColour.Green, Urgency.Normal);
        var redSafety = Policy.Compute(FiledAt, TicketCategory.Safety, FirmColour.Red, Urgency.Normal);

        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(2), FiledAt.AddHours(24)), greenSafety);
        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(2), FiledAt.AddHours(24)), redSafety);
    }

    [Fact]
    public void Urgency_applies_after_the_category_ceiling()
    {
        var due = Policy.Compute(FiledAt, TicketCategory.Safety, FirmColour.Green, Urgency.Urgent);

        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(1), FiledAt.AddHours(12)), due);
    }

    [Fact]
    public void The_response_is_never_due_after_the_handling()
    {
        var options = new DeadlineOptions { Categories = new() { ["environment"] = new() { HandleHours = 6 } }, WorkingHours = false };

        var due = new DeadlinePolicy(options).Compute(FiledAt, TicketCategory.Environment, FirmColour.Green, Urgency.Normal);

        Assert.Equal(new TicketDeadlines(FiledAt.AddHours(6), FiledAt.AddHours(6)), due);
    }

    [Fact]
    public void A_category_is_found_under_its_code_in_any_case()
    {
        var options = new DeadlineOptions { Categories = new() { ["Social_Affairs"] = new() { ResponseHours = 1 } }, WorkingHours = false };

        var due = new DeadlinePolicy(options).Compute(FiledAt, TicketCategory.SocialAffairs, FirmColour.Green, Urgency.Normal);

        Assert.Equal(FiledAt.AddHours(1), due.ResponseDueAt);
    }
}
