using System.ComponentModel.DataAnnotations;
using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Inspections;

/// <summary>The plan's rounds, the rectification deadlines on the zone's calendar, the settings' checks and the checklists.</summary>
public sealed class InspectionRulesTests
{
    private static readonly RectificationDeadlines Deadlines = new(new InspectionOptions(), new DeadlinePolicy(new DeadlineOptions()).Calendar);

    [Fact]
    public void A_red_firm_gets_both_cycles_and_two_extra_inspections_one_in_each_half()
    {
        var rounds = InspectionPlan.For(2027, FirmColour.Red, new InspectionOptions());

        Assert.Equal(
            [
                new PlannedRound(1, new(2027, 1, 1), new(2027, 6, 30)), new PlannedRound(2, new(2027, 7, 1), new(2027, 12, 31)),
                new PlannedRound(3, new(2027, 1, 1), new(2027, 6, 30)), new PlannedRound(4, new(2027, 7, 1), new(2027, 12, 31)),
            ],
            rounds);
        Assert.Equal(3, InspectionPlan.For(2027, FirmColour.Orange, new InspectionOptions()).Count);
        Assert.Equal(2, InspectionPlan.For(2027, FirmColour.Green, new InspectionOptions()).Count);
    }

    [Fact]
    public void Cycles_follow_the_settings_and_three_extra_inspections_split_the_year_in_thirds()
    {
        var options = new InspectionOptions { FirstCycleStart = "03-01", FirstCycleEnd = "05-31", SecondCycleStart = "09-01", SecondCycleEnd = "11-30" };
        options.ExtraPerYear["yellow"] = 3;

        var rounds = InspectionPlan.For(2028, FirmColour.Yellow, options);

        Assert.Equal((new DateOnly(2028, 3, 1), new DateOnly(2028, 11, 30)), (rounds[0].From, rounds[1].To));
        Assert.Equal([new DateOnly(2028, 4, 30), new DateOnly(2028, 8, 31), new DateOnly(2028, 12, 31)], rounds.Skip(2).Select(round => round.To));
    }

    [Fact]
    public void The_deadline_counts_working_days_and_skips_the_national_day_holiday_but_not_its_adjusted_saturday()
    {
        // Found Wednesday 30 September 2026: 1–7 October are holidays, Saturday 10 October is worked.
        var red = Deadlines.Propose(new DateOnly(2026, 9, 30), HazardLevel.General, FirmColour.Red);
        var redMajor = Deadlines.Propose(new DateOnly(2026, 9, 30), HazardLevel.Major, FirmColour.Red);
        var green = Deadlines.Propose(new DateOnly(2026, 9, 30), HazardLevel.General, FirmColour.Green);

        Assert.Equal((new DateOnly(2026, 10, 13), new DateOnly(2026, 10, 9)), (red, redMajor));
        Assert.True(green > red);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 0, 0, 0, ZoneTime.Offset), RectificationDeadlines.DueAt(red));
        Assert.Equal(red, RectificationDeadlines.LastDay(RectificationDeadlines.DueAt(red)));
    }

    [Theory]
    [InlineData("13-01", "06-30", 15, "FirstCycleStart")]
    [InlineData("07-01", "06-30", 15, "first cycle must end")]
    [InlineData("01-01", "06-30", 0, "from 1 to 365")]
    public void Settings_that_cannot_work_are_refused_at_start(string firstStart, string firstEnd, int greenDays, string expected)
    {
        var options = new InspectionOptions { FirstCycleStart = firstStart, FirstCycleEnd = firstEnd };
        options.General.Green = greenDays;

        var problems = options.Validate(new ValidationContext(options)).Select(problem => problem.ErrorMessage).ToList();

        Assert.Contains(problems, problem => problem!.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stricter_colour_with_more_days_is_refused_and_the_shipped_settings_pass()
    {
        var options = new InspectionOptions();
        options.Major.Red = 9;

        Assert.Contains(options.Validate(new ValidationContext(options)), problem => problem.ErrorMessage!.Contains("stricter colour", StringComparison.Ordinal));
        Assert.Empty(new InspectionOptions().Validate(new ValidationContext(new InspectionOptions())));
    }

    [Fact]
    public void The_safety_checklist_has_the_six_items_named_in_both_locales()
    {
        var items = Checklists.Shipped.For(Checklists.DefaultKind);

        Assert.Equal(["fire_exits", "extinguishers", "wiring", "chemicals", "dormitories", "environment"], items.Select(item => item.Code));
        Assert.All(items, item => Assert.False(string.IsNullOrWhiteSpace(item.ShortName("zh-CN")) || string.IsNullOrWhiteSpace(item.Name("en-US"))));
        Assert.Equal("Wiring", Checklists.Shipped.Item("wiring")!.ShortName("en-US"));
    }
}
