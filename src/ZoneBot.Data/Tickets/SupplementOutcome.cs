
namespace ZoneBot.Data.Tickets;

/// <summary>What became of a supplement (补充).</summary>
public enum SupplementOutcome
{
    Supplemented,

    /// <summary>The firm has no ticket of that number.</summary>
    NotFound,

    /// <summary>The ticket is closed (已办结): file a new one instead.</summary>
    Closed,
}
