using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZoneBot.Data;
using ZoneBot.Data.Telemetry;
using ZoneBot.DirectLine;
using ZoneBot.DirectLine.Auth;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter over the public chat endpoints: per address for all of them, per user for the Direct
/// Line (the user its token names). /api/messages is limited per sender in its endpoint, once the body is read
/// (<see cref="SenderRateLimiter"/>). A rejected request gets 429 (the limiter's own default is 503) and Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddZoneBotRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SenderRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ZoneBotMetrics>().RateLimitRejected("requests");
                SetRetryAfter(context.HttpContext.Response, context.Lease);
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByAddress(http, settings)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByDirectLineUser(http, settings)));
        });
        return services;
    }

    internal static void SetRetryAfter(HttpResponse response, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers[HeaderNames.RetryAfter] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, RateLimitOptions settings) => new()
    {
        PermitLimit = permits,
        Window = settings.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static RateLimitPartition<string> ByAddress(HttpContext http, RateLimitOptions settings)
    {
        var path = http.Request.Path;
        var isDirectLine = path.StartsWithSegments(DirectLineChannel.BasePath, StringComparison.OrdinalIgnoreCase);
        if (!isDirectLine && !path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return path.StartsWithSegments(DirectLineChannel.BasePath + "/tokens/generate", StringComparison.OrdinalIgnoreCase)
            ? RateLimitPartition.GetFixedWindowLimiter("tokens " + address, _ => Window(settings.TokensPerAddress, settings))
            : RateLimitPartition.GetFixedWindowLimiter("all " + address, _ => Window(settings.RequestsPerAddress, settings));
    }

    /// <summary>The user of the Direct Line's token, which the authentication middleware (it runs first) has checked.</summary>
    private static RateLimitPartition<string> ByDirectLineUser(HttpContext http, RateLimitOptions settings)
    {
        if (!http.Request.Path.StartsWithSegments(DirectLineChannel.BasePath, StringComparison.OrdinalIgnoreCase)
            || DirectLineToken.Of(http.User) is not { } token)
        {
            // Without a valid token the call is refused anyway (401); the address limit above still counts it.
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }
        return HttpMethods.IsGet(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("reads " + token.UserId, _ => Window(settings.ReadsPerUser, settings))
            : RateLimitPartition.GetFixedWindowLimiter("messages " + token.UserId, _ => Window(settings.MessagesPerUser, settings));
    }
}

/// <summary>The per-user limit of /api/messages, keyed by channel and from.id, which only the body says.</summary>
public sealed class SenderRateLimiter(IOptions<RateLimitOptions> options, ZoneBotMetrics metrics) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        sender => RateLimitPartition.GetFixedWindowLimiter(sender, _ => RateLimits.Window(options.Value.MessagesPerUser, options.Value)));

    /// <returns>false, with the 429 written, when the sender has had their share.</returns>
    public bool TryAcquire(string sender, HttpResponse response)
    {
        using var lease = _limiter.AttemptAcquire(sender);
        if (lease.IsAcquired)
        {
            return true;
        }
        metrics.RateLimitRejected("sender");
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        RateLimits.SetRetryAfter(response, lease);
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
