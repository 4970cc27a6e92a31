
namespace ZoneBot.Data.Tickets;

/// <summary>What became of a rating (评价).</summary>
public enum RateOutcome
{
    Rated,

    /// <summary>The firm has no ticket of that number.</summary>
    NotFound,

    /// <summary>The follow-up review (回头看) has not happened yet.</summary>
    NotYetReviewed,

    /// <summary>The ticket was rated before; a rating is given once.</summary>
    AlreadyRated,

    /// <summary>Rated 不满意 after the review: the ticket is handled again (重新办理) and the secretary was alerted.</summary>
    Reopened,
}
