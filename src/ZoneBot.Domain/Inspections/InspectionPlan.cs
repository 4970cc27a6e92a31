namespace ZoneBot.Domain;

/// <summary>One inspection of a firm's year: its round (1 and 2 the cycles, 3 on the extra ones) and its window.</summary>
public sealed record PlannedRound(int Round, DateOnly From, DateOnly To);

/// <summary>
/// A firm's inspections of a year: one in each of the two cycles, and for colours with extra inspections
/// (<see cref="InspectionOptions.ExtraPerYear"/>) that many more, the year cut into as many equal runs of
/// months (2 → halves, 3 → thirds, 4 → quarters), one due in each. Pure: the plan's rows are made from it.
/// </summary>
public static class InspectionPlan
{
    public static IReadOnlyList<PlannedRound> For(int year, FirmColour colour, InspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rounds = new List<PlannedRound>();
        for (var cycle = 1; cycle <= 2; cycle++)
        {
            var (from, to) = options.Cycle(year, cycle);
            rounds.Add(new PlannedRound(cycle, from, to));
        }
        var extra = options.ExtraFor(colour);
        for (var i = 0; i < extra; i++)
        {
            var firstMonth = 1 + (12 * i / extra);
            var nextMonth = 1 + (12 * (i + 1) / extra);
            var from = new DateOnly(year, firstMonth, 1);
            var to = nextMonth > 12 ? new DateOnly(year, 12, 31) : new DateOnly(year, nextMonth, 1).AddDays(-1);
            rounds.Add(new PlannedRound(3 + i, from, to));
        }
        return rounds;
    }
}
