using ZoneBot.DirectLine;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// The rate and body limits let the people they are for through: Web Chat reads once a second, one office (or every
/// user, behind a proxy that does not forward their address) shares an address, phones take photos of several MB.
/// </summary>
public sealed class LimitsCheck : IDoctorCheck
{
    /// <summary>Pages open at once from one address below which the per-address limit is a warning.</summary>
    public const int PagesPerAddress = 10;

    public string Name => "limits";

    public Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var limits = context.Settings<RateLimitOptions>(RateLimitOptions.Section);
        var directLine = context.Settings<DirectLineOptions>(DirectLineOptions.Section);
        var fails = new List<string>();
        var warnings = new List<string>();
        if (limits.ReadsPerUser < limits.WindowSeconds)
        {
            fails.Add($"RateLimits:ReadsPerUser ({limits.ReadsPerUser}) is below one read a second over the {limits.WindowSeconds} s window: an open chat page gets 429");
        }
        if (limits.RequestsPerAddress < limits.ReadsPerUser + limits.MessagesPerUser)
        {
            fails.Add($"RateLimits:RequestsPerAddress ({limits.RequestsPerAddress}) is below one user's reads and messages ({limits.ReadsPerUser + limits.MessagesPerUser})");
        }
        else if (limits.RequestsPerAddress < PagesPerAddress * limits.ReadsPerUser)
        {
            warnings.Add($"RateLimits:RequestsPerAddress ({limits.RequestsPerAddress}) allows fewer than {PagesPerAddress} open pages from one address (an office, or everyone behind a proxy)");
        }
        if (limits.MessagesPerUser < 10)
        {
            warnings.Add($"RateLimits:MessagesPerUser ({limits.MessagesPerUser}) is below the 10 or so messages of filing a ticket in a minute");
        }
        if (directLine.MaxUploadBytes < 2 * 1024 * 1024)
        {
            warnings.Add($"DirectLine:MaxUploadBytes ({directLine.MaxUploadBytes}) is below one phone photo (2 MB)");
        }
        const string Fix = "Adjust the RateLimits and DirectLine settings (README, Public surface); the defaults suit a zone.";
        CheckResult result = (fails.Count, warnings.Count) switch
        {
            ( > 0, _) => CheckResult.Fail(string.Join("; ", fails.Concat(warnings)) + ".", Fix),
            (_, > 0) => CheckResult.Warn(string.Join("; ", warnings) + ".", Fix),
            _ => CheckResult.Ok(
                $"Per {limits.WindowSeconds} s: {limits.MessagesPerUser} messages and {limits.ReadsPerUser} reads a user, {limits.RequestsPerAddress} requests an address; uploads up to {Cli.DatabaseCommands.Size(directLine.MaxUploadBytes)}."),
        };
        return Task.FromResult(result);
    }
}
