namespace ZoneBot.DirectLine.Storage;

/// <summary>A client's activity as logged; <see cref="IsRepeat"/> when it had been logged before (same clientActivityID).</summary>
public sealed record ClientActivity(LoggedActivity Activity, bool IsRepeat);
