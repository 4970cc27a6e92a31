using ZoneBot.Domain;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Demo;

/// <summary>
/// The 743 demo firms: invented names from two-character trade names (字号), spread over the 10
/// grids and the five industries, with valid unique credit codes and the zone's colour mix.
/// </summary>
internal static class DemoFirms
{
    public const int Count = 743;

    /// <summary>The one firm the examples and docs use; always in grid 1 at this address.</summary>
    public static readonly (string TradeName, Industry Industry, string Name, string Road, int HouseNumber) Example =
        ("华信", Industry.Electrical, "慈溪市华信电器有限公司", "新兴大道", 118);

    /// <summary>The example firm's English name: the roster's English name column is optional, and only it has one.</summary>
    public const string ExampleEnglishName = "Cixi Huaxin Electrical Appliance Co., Ltd.";

    // Shares chosen to look like the zone: appliances lead, then auto parts and lighting.
    private static readonly (Industry Industry, int Count)[] IndustryCounts =
        [(Industry.Electrical, 223), (Industry.AutoParts, 150), (Industry.Lighting, 140), (Industry.Kitchenware, 120), (Industry.ChemicalFibre, 110)];

    // About 70% green, 18% yellow, 9% orange, 3% red.
    private static readonly (FirmColour Colour, int Count)[] ColourCounts =
        [(FirmColour.Green, 520), (FirmColour.Yellow, 134), (FirmColour.Orange, 67), (FirmColour.Red, 22)];

    private const string TradeFirst = "金鑫恒宏永海天新佳宝德荣博瑞凯东明伟创星嘉康富汇正长远飞立振华";
    private const string TradeSecond = "信达顺丰盛源昌兴隆泰利发辉祥宇诚通力威腾宁安益邦洋峰龙杰业科";

    /// <summary>Registered-name patterns per industry; {0} is the trade name.</summary>
    private static readonly Dictionary<Industry, string[]> NamePatterns = new()
    {
        [Industry.Electrical] = ["慈溪市{0}电器有限公司", "宁波{0}电器有限公司", "慈溪市{0}电器科技有限公司", "宁波{0}电器股份有限公司"],
        [Industry.AutoParts] = ["宁波{0}汽配股份有限公司", "慈溪市{0}汽配有限公司", "慈溪市{0}汽配制造有限公司"],
        [Industry.Lighting] = ["慈溪市{0}灯具厂", "慈溪市{0}灯具有限公司", "宁波{0}灯具科技有限公司"],
        [Industry.Kitchenware] = ["慈溪市{0}厨具有限公司", "宁波{0}厨具股份有限公司", "慈溪市{0}厨具厂"],
        [Industry.ChemicalFibre] = ["慈溪市{0}化纤有限公司", "宁波{0}化纤股份有限公司", "慈溪市{0}化纤厂"],
    };

    // Unified Social Credit Code: 9 (registered by market regulation), 1 (enterprise), 330282 (慈溪市).
    private const string CreditCodePrefix = "91330282";

    public static IReadOnlyList<FirmRow> Generate(DemoRandom random)
    {
        // The example firm takes one electrical, one green and one grid-1 place; the rest are dealt out.
        var industries = Deal(IndustryCounts, Example.Industry, random);
        var colours = Deal(ColourCounts, FirmColour.Green, random);
        var grids = Deal(Enumerable.Range(1, 10).Select(n => (n, Count / 10 + (n <= Count % 10 ? 1 : 0))).ToArray(), 1, random);
        var tradeNames = TradeNames(random);
        var creditCodes = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new HashSet<(string, int)> { (Example.Road, Example.HouseNumber) };

        var firms = new List<(int Grid, string Road, int HouseNumber, FirmRow Row)>
        {
            (1, Example.Road, Example.HouseNumber, Row(Example.TradeName, Example.Industry, Example.Name, FirmColour.Green, 1, Example.Road, Example.HouseNumber, NewCreditCode(random, creditCodes)) with { EnglishName = ExampleEnglishName }),
        };
        for (var i = 0; i < Count - 1; i++)
        {
            var segment = random.Pick(DemoZone.GridLayout[grids[i] - 1].Segments);
            int houseNumber;
            do
            {
                houseNumber = random.Next(segment.From, segment.To);
            }
            while (!addresses.Add((segment.Road, houseNumber)));

            var name = string.Format(random.Pick(NamePatterns[industries[i]]), tradeNames[i]);
            firms.Add((grids[i], segment.Road, houseNumber, Row(tradeNames[i], industries[i], name, colours[i], grids[i], segment.Road, houseNumber, NewCreditCode(random, creditCodes))));
        }

        // Sorted the way a roster reads: by grid, then along each road.
        return firms
            .OrderBy(firm => firm.Grid)
            .ThenBy(firm => firm.Road, StringComparer.Ordinal)
            .ThenBy(firm => firm.HouseNumber)
            // Fictional contact phones in the demo's own 199 0002 block, in roster order (1990001xxxx are the volunteers').
            .Select((firm, index) => firm.Row with { ContactPhone = $"1990002{index + 1:D4}" })
            .ToList();
    }

    private static FirmRow Row(string tradeName, Industry industry, string name, FirmColour colour, int grid, string road, int houseNumber, string creditCode) => new()
    {
        CreditCode = creditCode,
        Name = name,
        ShortName = tradeName + industry.ChineseName,
        Address = $"{DemoZone.AddressPrefix}{road}{houseNumber}号",
        Road = road,
        Industry = industry.Code,
        Colour = colour.Code,
        GridCode = DemoZone.GridCode(grid),
    };

    /// <summary>Each value repeated its count, minus one <paramref name="reserved"/>, shuffled.</summary>
    private static List<T> Deal<T>((T Value, int Count)[] counts, T reserved, DemoRandom random)
    {
        var values = counts.SelectMany(entry => Enumerable.Repeat(entry.Value, entry.Count)).ToList();
        values.Remove(reserved);
        random.Shuffle(values);
        return values;
    }

    /// <summary>Distinct trade names for every firm but the example, so every short name and name is unique.</summary>
    private static List<string> TradeNames(DemoRandom random)
    {
        var names = (from first in TradeFirst
                     from second in TradeSecond
                     where first != second
                     select $"{first}{second}")
            .Where(name => name != Example.TradeName)
            .ToList();
        random.Shuffle(names);
        return names.Take(Count - 1).ToList();
    }

    /// <summary>
    /// A code shaped like the zone's: after the prefix, a 9-character organisation code (a newer
    /// MA… one or an older all-digit one), then the GB 32100 check character, so ZoneBot accepts it.
    /// The organisation code's own GB 11714 check character is deliberately wrong: every real code
    /// has it right, so no demo code can ever be a real firm's.
    /// </summary>
    private static string NewCreditCode(DemoRandom random, HashSet<string> used)
    {
        const string digits = "0123456789";
        string code;
        do
        {
            var organisationBody = random.Next(10) < 6
                ? "MA2" + Chars(UnifiedSocialCreditCode.Alphabet, 5, random)
                : digits[random.Next(1, 7)] + Chars(digits, 7, random);
            var wrongChecks = "0123456789X".Replace(OrganisationCheckCharacter(organisationBody).ToString(), "", StringComparison.Ordinal);
            var first17 = CreditCodePrefix + organisationBody + wrongChecks[random.Next(wrongChecks.Length)];
            code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }
        while (!used.Add(code));

        return code;
    }

    /// <summary>GB 11714: the check character of an 8-character organisation code body.</summary>
    internal static char OrganisationCheckCharacter(string body)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10) * weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    private static string Chars(string alphabet, int count, DemoRandom random) =>
        new(Enumerable.Range(0, count).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
