using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>
/// How the outbox dispatcher delivers alerts: the <c>Alerts</c> section of appsettings.json. A failed
/// delivery is retried after BackoffBaseSeconds, then twice as long each time up to BackoffMaxMinutes;
/// after MaxAttempts failures the alert is dead (shown by `outbox list --dead`, revived by `outbox retry`).
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>How often the dispatcher looks for due alerts when the last look found none.</summary>
    [Range(0.01, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a dispatcher holds the alerts it claimed before another may take them.</summary>
    [Range(1, 3600)]
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>How many alerts one look claims.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(0.01, 86400)]
    public double BackoffBaseSeconds { get; set; } = 30;

    [Range(0.01, 10080)]
    public double BackoffMaxMinutes { get; set; } = 60;

    /// <summary>How often an alert for an officer who has not bound a chat is looked at again (binding wakes it at once).</summary>
    [Range(0.01, 10080)]
    public double UnboundRecheckMinutes { get; set; } = 60;

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan UnboundRecheck => TimeSpan.FromMinutes(UnboundRecheckMinutes);

    /// <summary>The wait before the next try after the <paramref name="attempts"/>th failure (1 for the first).</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var seconds = BackoffBaseSeconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, BackoffMaxMinutes * 60));
    }
}
