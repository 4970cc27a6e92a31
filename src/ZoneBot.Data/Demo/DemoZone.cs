using ZoneBot.Domain;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;

namespace ZoneBot.Data.Demo;

/// <summary>
/// The fixed part of the demo data: 2 communities, 10 grids and the roads they cover, the officers
/// and the 3 volunteer teams. Every name here is invented; every phone is in 1990000xxxx (mobile
/// shape, obviously fictional) or 0574-9999xxxx.
/// </summary>
internal static class DemoZone
{
    public const string AddressPrefix = "慈溪滨海经济开发区";

    /// <summary>A stretch of a road in one grid: house numbers <see cref="From"/> to <see cref="To"/>.
    /// A road that crosses two grids has two segments.</summary>
    public sealed record RoadSegment(string Road, int From, int To);

    public static readonly IReadOnlyList<CommunityRow> Communities =
    [
        new() { Code = "lingshui", Name = "灵水工业社区", OfficePhone = "0574-99990001", OfficeAddress = AddressPrefix + "新兴大道8号" },
        new() { Code = "binlan", Name = "滨澜工业社区", OfficePhone = "0574-99990002", OfficeAddress = AddressPrefix + "滨海四路8号" },
    ];

    /// <summary>Grid number → its community and road segments; grids 1–5 are 灵水, 6–10 滨澜.</summary>
    public static readonly IReadOnlyList<(int Number, string CommunityCode, RoadSegment[] Segments)> GridLayout =
    [
        (1, "lingshui", [new("新兴大道", 10, 299), new("滨海一路", 10, 199)]),
        (2, "lingshui", [new("新兴大道", 300, 599), new("兴慈二路", 10, 199)]),
        (3, "lingshui", [new("兴慈二路", 200, 399), new("滨海二路", 10, 299)]),
        (4, "lingshui", [new("滨海二路", 300, 599), new("纬三路", 10, 199)]),
        (5, "lingshui", [new("纬三路", 200, 399), new("水云浦路", 10, 299)]),
        (6, "binlan", [new("滨海四路", 10, 299), new("经十二路", 10, 199)]),
        (7, "binlan", [new("滨海四路", 300, 599), new("经十三路", 10, 299)]),
        (8, "binlan", [new("经十二路", 200, 399), new("兴港大道", 10, 299)]),
        (9, "binlan", [new("兴港大道", 300, 599), new("海山路", 10, 299)]),
        (10, "binlan", [new("海山路", 300, 599), new("潮塘江路", 10, 299)]),
    ];

    public static string GridCode(int number) => $"G{number:D2}";

    public static IReadOnlyList<GridRow> Grids() =>
        GridLayout.Select(grid => new GridRow
        {
            CommunityCode = grid.CommunityCode,
            Code = GridCode(grid.Number),
            Number = grid.Number,
            Name = Grid.NameFor(grid.Number),
            Roads = string.Join(Grid.RoadSeparator, grid.Segments.Select(segment => segment.Road)),
        }).ToList();

    private static readonly string[] LiaisonNames = ["周海燕", "陈立伟", "王思远", "沈佳琪", "胡建国", "孙晓东", "叶雯婷", "徐志强", "施丽君", "戚明辉"];

    private static string Phone(int n) => $"1990000{n:D4}";

    /// <summary>One liaison per grid, a secretary per community, an administrator, and the three
    /// team leaders (community staff: department role, so no ticket powers of their own).</summary>
    public static IReadOnlyList<OfficerRow> Officers()
    {
        var officers = GridLayout.Select((grid, i) => Officer(LiaisonNames[i], i + 1, OfficerRole.Liaison, GridCode(grid.Number), "")).ToList();
        officers.Add(Officer("罗春华", 11, OfficerRole.Secretary, "", "lingshui"));
        officers.Add(Officer("岑国平", 12, OfficerRole.Secretary, "", "binlan"));
        officers.Add(Officer("陆文斌", 13, OfficerRole.Admin, "", ""));
        officers.Add(Officer("张红梅", 14, OfficerRole.Department, "", "lingshui"));
        officers.Add(Officer("邵永刚", 15, OfficerRole.Department, "", "lingshui"));
        officers.Add(Officer("俞小芳", 16, OfficerRole.Department, "", "lingshui"));
        return officers;
    }

    private static OfficerRow Officer(string name, int phone, OfficerRole role, string gridCode, string communityCode) =>
        new() { Name = name, Phone = Phone(phone), Role = role.Code, GridCode = gridCode, CommunityCode = communityCode };

    /// <summary>灵水工业社区's three teams, as the zone names them.</summary>
    public static IReadOnlyList<TeamRow> Teams() =>
    [
        new()
        {
            Code = "party_members", Name = "党员志愿者队伍", NeedsPartyMember = true, LeaderPhone = Phone(14),
            Description = "党员带头，参与企业党建联建、政策宣讲和急难险重任务。",
        },
        new()
        {
            Code = "safety_patrol", Name = "平安巡防志愿者队伍", NeedsPartyMember = false, LeaderPhone = Phone(15),
            Description = "巡查园区道路和厂区周边的消防通道与安全隐患，协助网格开展平安宣传。",
        },
        new()
        {
            Code = "river_keepers", Name = "家门口河小二志愿者队伍", NeedsPartyMember = false, LeaderPhone = Phone(16),
            Description = "守护家门口的河道：巡河护水，劝阻偷排乱倒，宣传五水共治。",
        },
    ];
}
