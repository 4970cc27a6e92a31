namespace ZoneBot.Data.Backups;

/// <summary>How a restore went.</summary>
/// <param name="Refusal">Why nothing was changed; null when the backup is in place.</param>
/// <param name="KeptAs">Where the replaced database file now is; null when there was none.</param>
public sealed record RestoreOutcome(BackupReport Backup, string? Refusal, string? KeptAs)
{
    public bool Restored => Refusal is null;

    public static RestoreOutcome Refused(BackupReport backup, string why) => new(backup, why, null);
}
