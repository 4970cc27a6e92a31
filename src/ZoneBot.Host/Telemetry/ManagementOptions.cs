using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace ZoneBot.Host.Telemetry;

/// <summary>
/// The management port: the <c>Management</c> section. The metrics in Prometheus' format are served there and only
/// there (the public port answers 404 for them); it serves nothing of the chat. Empty: no metrics endpoint.
/// </summary>
public sealed class ManagementOptions : IValidatableObject
{
    public const string Section = "Management";

    /// <summary>Where it listens, e.g. http://127.0.0.1:9464 (several separated by ';'); each with a port of its own.</summary>
    public string Urls { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^/[A-Za-z0-9/_-]*$")]
    public string MetricsPath { get; set; } = "/metrics";

    public IReadOnlyList<string> Addresses => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The ports of <see cref="Urls"/>; an address that does not parse has port 0, which validation refuses.</summary>
    public IReadOnlySet<int> Ports => Addresses.Select(PortOf).ToHashSet();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var address in Addresses.Where(address => PortOf(address) == 0))
        {
            yield return new ValidationResult(
                $"Management:Urls '{address}' needs an explicit port (http://127.0.0.1:9464): the port tells management requests apart.",
                [nameof(Urls)]);
        }
    }

    private static int PortOf(string address)
    {
        try
        {
            return BindingAddress.Parse(address) is { Port: > 0 } binding && binding.Scheme is "http" or "https" ? binding.Port : 0;
        }
        catch (FormatException)
        {
            return 0;
        }
    }
}
