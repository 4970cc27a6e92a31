namespace ZoneBot.Host.Doctor;

/// <summary>Small wording shared by the checks.</summary>
internal static class Doctors
{
    /// <summary>"grids 2, 5, 7" (at most ten, then "and N more").</summary>
    public static string Grids(IReadOnlyCollection<long> numbers)
    {
        var shown = string.Join(", ", numbers.Take(10));
        var more = numbers.Count > 10 ? $" and {numbers.Count - 10} more" : string.Empty;
        return (numbers.Count == 1 ? "grid " : "grids ") + shown + more;
    }
}
