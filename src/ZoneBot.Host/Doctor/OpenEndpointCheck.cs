using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// Without MicrosoftAppId, /api/messages takes any activity from anyone: fine on the loopback, a fail once the host
/// listens where other machines reach it (the warning the host logs at start, before it starts).
/// </summary>
public sealed class OpenEndpointCheck : IDoctorCheck
{
    public string Name => "open-endpoint";

    public Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var settings = context.Configuration;
        var urls = (settings["Urls"] ?? settings["ASPNETCORE_URLS"] ?? "http://localhost:5000")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var open = OpenEndpointWarning.NonLoopback(urls);
        var hasAppId = !string.IsNullOrWhiteSpace(settings["MicrosoftAppId"]);
        CheckResult result = (open.Count, hasAppId) switch
        {
            (0, _) => CheckResult.Ok($"Listens on the loopback only ({string.Join(", ", urls)}); a reverse proxy brings the public in."),
            (_, true) => CheckResult.Ok($"Listens on {string.Join(", ", open)}, /api/messages authenticated by MicrosoftAppId."),
            _ => CheckResult.Fail(
                $"Listens on {string.Join(", ", open)} with MicrosoftAppId empty: anyone who reaches it can speak as any chat user on /api/messages.",
                "Listen on http://localhost:3978 behind nginx and do not forward /api/messages (docs/deployment.md), or set MicrosoftAppId and MicrosoftAppPassword."),
        };
        return Task.FromResult(result);
    }
}
