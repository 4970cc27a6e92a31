using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// How often one user and one address may call the chat endpoints (Direct Line and /api/messages) within a window;
/// the <c>RateLimits</c> section of appsettings.json. Past a limit the answer is 429 with Retry-After.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Messages, uploads and token refreshes of one user (a Direct Line token's user, or a channel's from.id).</summary>
    [Range(1, 100_000)]
    public int MessagesPerUser { get; set; } = 30;

    /// <summary>Reads of one Direct Line user: Web Chat polls once a second.</summary>
    [Range(1, 100_000)]
    public int ReadsPerUser { get; set; } = 150;

    /// <summary>New tokens (new conversations) from one address.</summary>
    [Range(1, 100_000)]
    public int TokensPerAddress { get; set; } = 60;

    /// <summary>All chat requests from one address together: a firm's staff may share one.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerAddress { get; set; } = 3000;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
