using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Demo;

public class DemoDataGeneratorTests
{
    private static readonly DemoDataSet Generated = DemoDataGenerator.Generate();

    public static TheoryData<string> Files() => new(DemoCsv.ToFiles(Generated).Select(file => file.FileName));

    [Theory]
    [MemberData(nameof(Files))]
    public void The_shipped_CSV_equals_what_the_generator_produces(string fileName)
    {
        var expected = DemoCsv.ToFiles(Generated).Single(file => file.FileName == fileName).Text;

        Assert.Equal(expected, DemoCsv.EmbeddedText(fileName));
    }

    [Fact]
    public void Generating_twice_gives_the_same_data()
    {
        var again = DemoDataGenerator.Generate();

        Assert.Equal(DemoCsv.ToFiles(Generated), DemoCsv.ToFiles(again));
    }

    [Fact]
    public void There_are_743_firms_with_unique_names_short_names_and_valid_codes()
    {
        var firms = Generated.Firms;

        Assert.Equal(743, firms.Count);
        Assert.Equal(firms.Count, firms.Select(firm => firm.Name).Distinct().Count());
        Assert.Equal(firms.Count, firms.Select(firm => firm.ShortName).Distinct().Count());
        Assert.Equal(firms.Count, firms.Select(firm => firm.CreditCode).Distinct().Count());
        Assert.All(firms, firm => Assert.True(UnifiedSocialCreditCode.IsValid(firm.CreditCode), firm.CreditCode));
        Assert.All(firms, firm => Assert.StartsWith("91330282", firm.CreditCode));
        Assert.All(firms, firm => Assert.Contains(firm.ShortName[..2], firm.Name));
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    public void The_organisation_check_follows_GB_11714_as_in_real_codes(string realCode)
    {
        Assert.Equal(realCode[16], DemoFirms.OrganisationCheckCharacter(realCode[8..16]));
    }

    [Fact]
    public void No_demo_credit_code_can_be_a_real_firms()
    {
        Assert.All(Generated.Firms, firm => Assert.NotEqual(firm.CreditCode[16], DemoFirms.OrganisationCheckCharacter(firm.CreditCode[8..16])));
    }

    [Fact]
    public void Firms_spread_over_every_grid_and_the_five_industries()
    {
        var perGrid = Generated.Firms.GroupBy(firm => firm.GridCode).ToDictionary(group => group.Key, group => group.Count());
        var industries = Generated.Firms.Select(firm => Industry.FromCode(firm.Industry)).Distinct().Order();

        Assert.Equal(10, perGrid.Count);
        Assert.All(perGrid.Values, count => Assert.InRange(count, 74, 75));
        Assert.Equal([Industry.ChemicalFibre, Industry.Electrical, Industry.Kitchenware, Industry.AutoParts, Industry.Lighting], industries);
    }

    [Fact]
    public void Colours_are_mostly_green_with_a_few_red()
    {
        var share = Generated.Firms
            .GroupBy(firm => FirmColour.FromCode(firm.Colour))
            .ToDictionary(group => group.Key, group => group.Count() / 743.0);

        Assert.InRange(share[FirmColour.Green], 0.68, 0.72);
        Assert.InRange(share[FirmColour.Yellow], 0.16, 0.20);
        Assert.InRange(share[FirmColour.Orange], 0.08, 0.10);
        Assert.InRange(share[FirmColour.Red], 0.02, 0.04);
    }

    [Fact]
    public void Every_road_belongs_to_one_or_two_grids_and_every_address_is_on_its_grid()
    {
        var gridsOfRoad = Generated.Grids
            .SelectMany(grid => grid.Roads.Split('、').Select(road => (Road: road, grid.Code)))
            .GroupBy(pair => pair.Road)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Code).ToList());

        Assert.All(gridsOfRoad.Values, grids => Assert.InRange(grids.Count, 1, 2));
        Assert.All(Generated.Firms, firm => Assert.Contains(firm.GridCode, gridsOfRoad[firm.Road]));
        Assert.All(Generated.Firms, firm => Assert.Equal($"慈溪滨海经济开发区{firm.Road}", firm.Address[..(firm.Address.IndexOf(firm.Road, StringComparison.Ordinal) + firm.Road.Length)]));
        Assert.Equal(Generated.Firms.Count, Generated.Firms.Select(firm => firm.Address).Distinct().Count());
    }

    [Fact]
    public void Officers_have_obviously_fictional_mobile_numbers()
    {
        Assert.All(Generated.Officers, officer => Assert.Matches("^1990000[0-9]{4}$", officer.Phone));
        Assert.Equal(Generated.Officers.Count, Generated.Officers.Select(officer => officer.Phone).Distinct().Count());
    }

    [Fact]
    public void The_officers_are_a_liaison_per_grid_two_secretaries_an_administrator_and_three_team_leaders()
    {
        var roles = Generated.Officers.GroupBy(officer => officer.Role).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(10, roles["liaison"]);
        Assert.Equal(2, roles["secretary"]);
        Assert.Equal(1, roles["admin"]);
        Assert.Equal(3, roles["department"]);
        Assert.Equal(Generated.Grids.Select(grid => grid.Code).Order(), Generated.Officers.Where(o => o.Role == "liaison").Select(o => o.GridCode).Order());
        Assert.All(Generated.Teams, team => Assert.Contains(Generated.Officers, officer => officer.Phone == team.LeaderPhone));
    }

    [Fact]
    public void Reading_what_was_written_gives_the_same_rows()
    {
        var text = DemoCsv.Write(Generated.Teams);

        Assert.Equal(Generated.Teams, DemoCsv.Read<TeamRow>(text));
    }

    /// <summary>Not a check: rewrites src/ZoneBot.Data/Demo/*.csv. Run with ZONEBOT_REGENERATE_DEMO=1
    /// after changing the generator, then commit the files with the change.</summary>
    [RegenerateDemoDataFact]
    public void Regenerate_the_shipped_demo_CSVs()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "ZoneBot.Data", "Demo");

        DemoDataGenerator.WriteCsvFiles(folder);

        Assert.True(File.Exists(Path.Combine(folder, DemoCsv.FirmsFile)));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ZoneBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("ZoneBot.sln not found above the test folder.");
    }
}
