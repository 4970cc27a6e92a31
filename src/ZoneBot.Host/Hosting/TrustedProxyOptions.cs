using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: the <c>ForwardedHeaders</c> section of
/// appsettings.json. Behind one, the client's address (for the rate limits) and https (for the Secure cookie) come from
/// those headers; from anyone else they are ignored, as they are when both lists are empty.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' addresses, e.g. 10.0.0.5.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies, e.g. 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network such as 10.0.0.0/24.", [nameof(KnownNetworks)]);
        }
    }
}
