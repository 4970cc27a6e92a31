namespace ZoneBot.Data;

/// <summary>The columns of the grid roster (import grids): a grid, its community and its liaison per row.</summary>
public static class GridColumns
{
    public static readonly RosterColumn Community = new(true, "社区", "所属社区", "工业社区", "community");
    public static readonly RosterColumn CommunityPhone = new(false, "社区电话", "社区办公电话", "community phone");
    public static readonly RosterColumn CommunityAddress = new(false, "社区地址", "社区办公地址", "community address");
    public static readonly RosterColumn GridNumber = new(true, "网格号", "网格编号", "网格", "grid number", "grid");
    public static readonly RosterColumn GridName = new(false, "网格名称", "grid name");
    public static readonly RosterColumn Roads = new(false, "道路", "roads", "road");
    public static readonly RosterColumn LiaisonName = new(true, "社管员", "社管员姓名", "社区专管员", "专管员", "liaison", "liaison name");
    public static readonly RosterColumn LiaisonPhone = new(true, "社管员电话", "社管员手机", "专管员电话", "liaison phone");

    public static readonly IReadOnlyList<RosterColumn> All =
        [Community, CommunityPhone, CommunityAddress, GridNumber, GridName, Roads, LiaisonName, LiaisonPhone];
}
