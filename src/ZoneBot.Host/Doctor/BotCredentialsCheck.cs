namespace ZoneBot.Host.Doctor;

/// <summary>
/// The Bot Framework settings agree with each other: an app id with its password (or a managed identity), a tenant
/// for a single-tenant app, nothing half set. All empty is local use, which <see cref="OpenEndpointCheck"/> weighs.
/// </summary>
public sealed class BotCredentialsCheck : IDoctorCheck
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public string Name => "bot-credentials";

    public Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct) => Task.FromResult(Check(context.Configuration));

    private static CheckResult Check(IConfiguration settings)
    {
        var appId = settings["MicrosoftAppId"]?.Trim() ?? string.Empty;
        var password = settings["MicrosoftAppPassword"] ?? string.Empty;
        var type = settings["MicrosoftAppType"]?.Trim() ?? string.Empty;
        var tenant = settings["MicrosoftAppTenantId"]?.Trim() ?? string.Empty;
        const string Fix = "Copy MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId from the Azure Bot's configuration (password: its client secret), or leave all four empty for local use.";

        if (type.Length > 0 && !AppTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return CheckResult.Fail($"MicrosoftAppType '{type}' is none of {string.Join(", ", AppTypes)}.", Fix);
        }
        if (appId.Length == 0)
        {
            return password.Length > 0 || tenant.Length > 0
                ? CheckResult.Fail("MicrosoftAppPassword or MicrosoftAppTenantId is set but MicrosoftAppId is empty: no channel authentication is done.", Fix)
                : CheckResult.Ok("No Bot Framework app: local use, /api/messages unauthenticated (see open-endpoint).");
        }
        if (!Guid.TryParse(appId, out _))
        {
            return CheckResult.Fail($"MicrosoftAppId '{appId}' is not an app id (a GUID).", Fix);
        }
        var managed = type.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!managed && password.Length == 0)
        {
            return CheckResult.Fail("MicrosoftAppId is set without MicrosoftAppPassword: the bot cannot answer on the channels.", Fix);
        }
        if ((managed || type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase)) && tenant.Length == 0)
        {
            return CheckResult.Fail($"MicrosoftAppType {type} needs MicrosoftAppTenantId.", Fix);
        }
        return CheckResult.Ok($"MicrosoftAppId {appId[..8]}…, {(type.Length == 0 ? "MultiTenant" : type)}, {(managed ? "managed identity" : "password set")}.");
    }
}
