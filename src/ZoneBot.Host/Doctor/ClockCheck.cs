using System.Globalization;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// The clock can be trusted: deadlines, escalations and reports all hang on it. ZoneBot keeps the zone's time as
/// UTC+8 whatever the server's time zone, so what matters is that the clock is not behind what the database already
/// recorded (a clock set back, a restore onto a machine with a wrong date).
/// </summary>
public sealed class ClockCheck : IDoctorCheck
{
    /// <summary>How far the newest record may be ahead of the clock before it counts (instances' clocks differ a little).</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string SelectNewest = """
        SELECT created_at FROM tickets WHERE created_at = (SELECT MAX(created_at) FROM tickets)
        UNION ALL
        SELECT created_at FROM outbox WHERE created_at = (SELECT MAX(created_at) FROM outbox)
        """;

    public string Name => "clock";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        var clock = $"UTC {now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}, zone time {ZoneTime.ToZoneTime(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} (UTC+8)";
        await using var connection = await context.OpenDatabaseAsync(ct);
        var recorded = await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(SelectNewest, cancellationToken: ct));
        var newest = recorded.DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (newest - now > Tolerance)
        {
            return CheckResult.Fail(
                $"The clock says {clock}, but the database already has a record of {ZoneTime.ToZoneTime(newest).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} (zone time): the clock is behind.",
                "Set the clock right and keep it synchronised (timedatectl set-ntp true, or chrony); deadlines and escalations follow it.");
        }
        return CheckResult.Ok($"The clock says {clock}; nothing in the database is later.");
    }
}
