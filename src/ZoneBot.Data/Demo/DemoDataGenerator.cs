
namespace ZoneBot.Data.Demo;

/// <summary>
/// Makes the fictional demo data set shipped in src/ZoneBot.Data/Demo/. Deterministic: the same
/// seed gives the same bytes, so the CSVs are generated once, committed, and checked by a test.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>Changing it changes every firm; regenerate and commit the CSVs together.</summary>
    public const ulong Seed = 20261128;

    public static DemoDataSet Generate()
    {
        var random = new DemoRandom(Seed);
        var officers = DemoZone.Officers();
        var firms = DemoFirms.Generate(random);
        // After the firms, from the same sequence: adding volunteers left every firm as it was.
        var (volunteers, memberships) = DemoVolunteers.Generate(random, firms, [.. officers.Select(officer => officer.Name)]);
        return new DemoDataSet(
            DemoZone.Communities,
            DemoZone.Grids(),
            officers,
            firms,
            DemoZone.Teams())
        {
            Volunteers = volunteers,
            Memberships = memberships,
        };
    }

    /// <summary>What <c>seed generate</c> runs: writes the CSV files into <paramref name="folder"/>.</summary>
    public static void WriteCsvFiles(string folder) => DemoCsv.WriteFiles(Generate(), folder);
}
