namespace ZoneBot.Host.Doctor;

/// <summary>One thing a deployment needs, looked at without changing anything.</summary>
public interface IDoctorCheck
{
    /// <summary>A short name printed beside the result (database, signing-key, ...).</summary>
    string Name { get; }

    Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct);
}
