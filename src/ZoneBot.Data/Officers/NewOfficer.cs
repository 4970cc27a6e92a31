using ZoneBot.Domain;

namespace ZoneBot.Data.Officers;

/// <summary>An officer as an administrator enrols them (`officers add`).</summary>
/// <param name="Grid">A liaison's grid, as typed: 3 or 3号网格.</param>
/// <param name="Community">A secretary's (or department staff's) community: its code or name.</param>
public sealed record NewOfficer(string Name, string Phone, OfficerRole Role, string? Grid = null, string? Community = null);

/// <summary>An officer with the one-time code to give them, shown once: only its hash is kept.</summary>
/// <param name="ReplacedLiaison">The grid's previous liaison, now an officer without a grid; null when there was none.</param>
public sealed record IssuedCode(Officer Officer, string Code, DateTimeOffset ExpiresAt, string? ReplacedLiaison = null);

/// <summary>An officer as `officers list` shows them.</summary>
/// <param name="Place">The grid (3号网格) or community name, when they have one.</param>
/// <param name="CodeExpiresAt">When their unused code expires; null when none is waiting.</param>
/// <param name="PendingAlerts">Alerts for them not yet delivered.</param>
public sealed record OfficerListing(Officer Officer, string? Place, DateTimeOffset? CodeExpiresAt, int PendingAlerts);

/// <summary>An enrolment the administrator must correct: the message says what and how.</summary>
public sealed class EnrolmentException(string message) : Exception(message);
