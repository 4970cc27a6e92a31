namespace ZoneBot.Host.Doctor;

public enum CheckStatus
{
    Ok,
    Warn,
    Fail,
}

/// <summary>What one check found, in a line, and what to do about it when it is not ok.</summary>
public sealed record CheckResult(CheckStatus Status, string Summary, string? Fix = null)
{
    public static CheckResult Ok(string summary) => new(CheckStatus.Ok, summary);

    public static CheckResult Warn(string summary, string fix) => new(CheckStatus.Warn, summary, fix);

    public static CheckResult Fail(string summary, string fix) => new(CheckStatus.Fail, summary, fix);
}
