using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Data;

/// <summary>
/// Firm rosters for the search benchmarks: the demo zone's 743 firms, and a city-sized roster of 100,000 that
/// holds those 743 plus invented firms named the way the region's are (place, two-character trade name,
/// industry, legal form), with valid unique credit codes. The same queries then run over both.
/// </summary>
public static class FirmRoster
{
    public const int CitySize = 100_000;

    private const string TradeCharacters = "金鑫恒宏永海天新佳宝德荣博瑞凯东明伟创星嘉康富汇正长远飞立振华信达顺丰盛源昌兴隆泰利发辉祥宇诚通力威腾宁安益邦洋峰龙杰业科美光亿万和中大锦润盈铭晟航嘉俊";
    private static readonly string[] Places = ["慈溪市", "宁波", "余姚市", "宁波市镇海区", "杭州", "绍兴市", "台州市", "嘉兴市", "温州", "浙江"];
    private static readonly string[] Industries = ["电器", "汽配", "灯具", "厨具", "化纤", "五金", "塑料", "机械", "纺织", "服饰", "包装", "模具", "电子", "建材", "食品", "轴承", "家居", "塑胶"];
    private static readonly string[] Forms = ["有限公司", "股份有限公司", "厂", "科技有限公司", "制造有限公司", "实业有限公司"];

    /// <summary>The 743 demo firms, with the ids and grids the demo database gives them.</summary>
    public static IReadOnlyList<FirmListing> Demo()
    {
        var firms = DemoDataGenerator.Generate().Firms;
        return [.. firms.Select((firm, index) => new FirmListing(
            index + 1, firm.CreditCode, firm.Name, firm.ShortName, firm.Road, int.Parse(firm.GridCode[1..], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    /// <summary>The demo firms and invented ones up to <paramref name="size"/>; the same seed gives the same roster.</summary>
    public static IReadOnlyList<FirmListing> City(int size = CitySize, int seed = 20261128)
    {
        var demo = Demo();
        var random = new Random(seed);
        var codes = new HashSet<string>(demo.Select(firm => firm.CreditCode), StringComparer.Ordinal);
        var firms = new List<FirmListing>(size);
        firms.AddRange(demo);
        while (firms.Count < size)
        {
            var trade = $"{TradeCharacters[random.Next(TradeCharacters.Length)]}{TradeCharacters[random.Next(TradeCharacters.Length)]}";
            var industry = Industries[random.Next(Industries.Length)];
            var name = Places[random.Next(Places.Length)] + trade + industry + Forms[random.Next(Forms.Length)];
            var code = NewCreditCode(random, codes);
            firms.Add(new FirmListing(firms.Count + 1, code, name, trade + industry, null, random.Next(1, 11)));
        }
        return firms;
    }

    private static string NewCreditCode(Random random, HashSet<string> used)
    {
        string code;
        do
        {
            var body = new char[9];
            for (var i = 0; i < body.Length; i++)
            {
                body[i] = UnifiedSocialCreditCode.Alphabet[random.Next(UnifiedSocialCreditCode.Alphabet.Length)];
            }
            var first17 = "913302" + random.Next(80, 83).ToString(System.Globalization.CultureInfo.InvariantCulture) + new string(body);
            code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }
        while (!used.Add(code));
        return code;
    }
}
