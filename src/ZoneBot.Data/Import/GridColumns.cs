
namespace ZoneBot.Data.Import;

/// <summary>
/// The columns of the grid roster (import grids): a grid, its community and its liaison per row; their
/// headers are in <see cref="ImportWords"/>.
/// </summary>
public static class GridColumns
{
    public static readonly RosterColumn Community = Column("community", true);
    public static readonly RosterColumn CommunityPhone = Column("community_phone", false);
    public static readonly RosterColumn CommunityAddress = Column("community_address", false);
    public static readonly RosterColumn GridNumber = Column("grid_number", true);
    public static readonly RosterColumn GridName = Column("grid_name", false);
    public static readonly RosterColumn Roads = Column("roads", false);
    public static readonly RosterColumn LiaisonName = Column("liaison_name", true);
    public static readonly RosterColumn LiaisonPhone = Column("liaison_phone", true);

    public static readonly IReadOnlyList<RosterColumn> All =
        [Community, CommunityPhone, CommunityAddress, GridNumber, GridName, Roads, LiaisonName, LiaisonPhone];

    private static RosterColumn Column(string key, bool required) => ImportWords.Column("grids", key, required);
}
