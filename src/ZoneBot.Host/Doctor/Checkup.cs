using System.Data.Common;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// Runs every check in order and keeps going whatever one finds: an administrator wants the whole list at once.
/// A check that throws is a fail with the reason; nothing is ever changed.
/// </summary>
public static class Checkup
{
    /// <summary>Every check, in the order they are printed: the database first, what depends on it after.</summary>
    public static IReadOnlyList<IDoctorCheck> Checks { get; } =
    [
        new DatabaseCheck(),
        new MigrationsCheck(),
        new RosterCheck(),
        new OfficersCheck(),
        new SigningKeyCheck(),
        new BotCredentialsCheck(),
        new OpenEndpointCheck(),
        new WebhookUrlsCheck(),
        new LimitsCheck(),
        new BackupsCheck(),
        new ClockCheck(),
    ];

    public static async Task<IReadOnlyList<(IDoctorCheck Check, CheckResult Result)>> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var results = new List<(IDoctorCheck, CheckResult)>();
        foreach (var check in Checks)
        {
            results.Add((check, await RunOneAsync(check, context, ct)));
        }
        return results;
    }

    public static async Task<CheckResult> RunOneAsync(IDoctorCheck check, DoctorContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return await check.RunAsync(context, ct);
        }
        catch (DoctorProblem problem)
        {
            return CheckResult.Fail(problem.Message, problem.Fix);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException or ArgumentException or NotSupportedException or TimeoutException)
        {
            return CheckResult.Fail(
                $"Could not look: {exception.GetType().Name}: {exception.Message}",
                "See the database check above; the settings are read from appsettings.json, the environment and the command line.");
        }
    }
}
