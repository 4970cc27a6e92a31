using ZoneBot.DirectLine;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// DirectLine:TokenSigningKey is set, long and varied enough. Empty, each start makes a new key and every open chat
/// page is disconnected; short or repetitive, tokens could be forged.
/// </summary>
public sealed class SigningKeyCheck : IDoctorCheck
{
    public const int MinimumLength = 32;

    private const string Fix = "Set DirectLine:TokenSigningKey (e.g. DirectLine__TokenSigningKey in the service's environment file) to `openssl rand -base64 48`, the same on every instance.";

    public string Name => "signing-key";

    public Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var key = context.Configuration[$"{DirectLineOptions.Section}:{nameof(DirectLineOptions.TokenSigningKey)}"] ?? string.Empty;
        CheckResult result = key.Length switch
        {
            0 => CheckResult.Fail("DirectLine:TokenSigningKey is empty: every restart disconnects every chat page.", Fix),
            < MinimumLength => CheckResult.Fail($"DirectLine:TokenSigningKey has {key.Length} characters; it needs at least {MinimumLength} (the host refuses to start).", Fix),
            _ when key.Distinct().Count() < 12 => CheckResult.Fail($"DirectLine:TokenSigningKey uses only {key.Distinct().Count()} different characters: it is guessable.", Fix),
            _ => CheckResult.Ok($"DirectLine:TokenSigningKey is set ({key.Length} characters)."),
        };
        return Task.FromResult(result);
    }
}
