using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Demo;

/// <summary>Reads and writes the demo CSV files: UTF-8 without BOM, a header row, \n line ends
/// (the same bytes on every machine, so the determinism test can compare them).</summary>
public static class DemoCsv
{
    public const string CommunitiesFile = "communities.csv";
    public const string GridsFile = "grids.csv";
    public const string OfficersFile = "officers.csv";
    public const string FirmsFile = "firms.csv";
    public const string TeamsFile = "teams.csv";
    public const string VolunteersFile = "volunteers.csv";
    public const string MembershipsFile = "volunteer_memberships.csv";

    /// <summary>How instants are written: the zone's local time with its offset, readable by hand.</summary>
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The data set shipped inside this assembly (src/ZoneBot.Data/Demo/*.csv).</summary>
    public static DemoDataSet ReadEmbedded() => new(
        Read<CommunityRow>(EmbeddedText(CommunitiesFile)),
        Read<GridRow>(EmbeddedText(GridsFile)),
        Read<OfficerRow>(EmbeddedText(OfficersFile)),
        Read<FirmRow>(EmbeddedText(FirmsFile)),
        Read<TeamRow>(EmbeddedText(TeamsFile)))
    {
        Volunteers = Read<VolunteerRow>(EmbeddedText(VolunteersFile)),
        Memberships = Read<MembershipRow>(EmbeddedText(MembershipsFile)),
    };

    /// <summary>The shipped text of one file, e.g. firms.csv.</summary>
    public static string EmbeddedText(string fileName)
    {
        var assembly = typeof(DemoCsv).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Demo/{fileName}")
            ?? throw new FileNotFoundException($"Demo/{fileName} is not embedded in {assembly.GetName().Name}.", fileName);
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }

    /// <summary>Each file's name and text, in the order the files depend on each other.</summary>
    public static IReadOnlyList<(string FileName, string Text)> ToFiles(DemoDataSet data) =>
    [
        (CommunitiesFile, Write(data.Communities)),
        (GridsFile, Write(data.Grids)),
        (OfficersFile, Write(data.Officers)),
        (FirmsFile, Write(data.Firms)),
        (TeamsFile, Write(data.Teams)),
        (VolunteersFile, Write(data.Volunteers)),
        (MembershipsFile, Write(data.Memberships)),
    ];

    /// <summary>Writes every file of <paramref name="data"/> into <paramref name="folder"/>, replacing what is there.</summary>
    public static void WriteFiles(DemoDataSet data, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (fileName, text) in ToFiles(data))
        {
            File.WriteAllText(Path.Combine(folder, fileName), text, Utf8);
        }
    }

    public static string Write<T>(IEnumerable<T> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(writer, Configuration))
        {
            csv.WriteRecords(rows);
        }

        return writer.ToString();
    }

    public static IReadOnlyList<T> Read<T>(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, Configuration);
        return csv.GetRecords<T>().ToList();
    }
}
