
namespace ZoneBot.Data.Tickets;

/// <summary>What became of an urge (催办).</summary>
public enum UrgeOutcome
{
    Urged,

    /// <summary>The ticket was urged less than an hour ago; nothing was written.</summary>
    TooSoon,

    /// <summary>The firm has no ticket of that number.</summary>
    NotFound,

    /// <summary>The ticket is closed (已办结).</summary>
    Closed,
}

/// <param name="LastUrgedAt">Urged: now. TooSoon: when the earlier urge was sent. Otherwise null.</param>
/// <param name="NextAllowedAt">From when the ticket may be urged again; null unless urged or too soon.</param>
public sealed record UrgeResult(UrgeOutcome Outcome, DateTimeOffset? LastUrgedAt, DateTimeOffset? NextAllowedAt);
