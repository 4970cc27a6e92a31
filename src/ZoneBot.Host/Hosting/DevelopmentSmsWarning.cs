using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The development SMS sender logs every membership code. Fine on a developer's machine; once the host listens
/// beyond the loopback, real firms may be verifying, so say so loudly at start.
/// </summary>
public sealed class DevelopmentSmsWarning(IServer server, IHostApplicationLifetime lifetime, IOptions<SmsOptions> sms, ILogger<DevelopmentSmsWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var open = OpenEndpointWarning.NonLoopback(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            if (sms.Value.Sender == SmsOptions.LogSender && open.Count > 0)
            {
                logger.LogWarning(
                    "**** Sms:Sender is 'log' and the host listens on {Addresses}: firm membership codes are written to the log and the " +
                    "outbox instead of being sent, so whoever reads them can verify as any firm. Configure an SMS gateway (Sms:Sender=http). ****",
                    string.Join(", ", open));
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
