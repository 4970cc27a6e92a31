using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// With no MicrosoftAppId, /api/messages takes any activity from anyone (fine on localhost, for the Emulator). Once the
/// host listens beyond the loopback, say so loudly at start: anyone who reaches it can speak as any chat user there.
/// </summary>
public sealed class OpenEndpointWarning(IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<OpenEndpointWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var open = NonLoopback(addresses);
            if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && open.Count > 0)
            {
                logger.LogWarning(
                    "**** MicrosoftAppId is empty and the host listens on {Addresses}, beyond this machine: /api/messages accepts activities " +
                    "from anyone without authentication, as any user. Set MicrosoftAppId and MicrosoftAppPassword, or listen on localhost only. ****",
                    string.Join(", ", open));
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The listening addresses that other machines can reach: anything but localhost and loopback IPs (0.0.0.0, [::], *, + included).</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> addresses) =>
        [.. addresses.Where(address => !IsLoopback(address))];

    private static bool IsLoopback(string address)
    {
        var host = BindingAddress.Parse(address).Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
