using System.ComponentModel.DataAnnotations;

namespace ZoneBot.DirectLine;

/// <summary>ZoneBot's own Direct Line (the chat page's connection); the <c>DirectLine</c> section of appsettings.json.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The key that signs tokens: at least 32 characters, kept secret, the same on every instance. Empty: a key made at
    /// start, so that a restart disconnects every page (which then asks for a new token).
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>
    /// Where the Data Protection keys of the page's user cookie are kept: a folder every instance shares (on a shared
    /// disk when the instances are on several machines). Empty: ASP.NET Core's default, the service user's profile.
    /// </summary>
    public string CookieKeysFolder { get; set; } = string.Empty;

    /// <summary>How long a token is good for; clients refresh it before (Web Chat every 15 minutes).</summary>
    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>The most one upload (all its files together) may weigh.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The most files one message may carry.</summary>
    [Range(1, 20)]
    public int MaxFilesPerUpload { get; set; } = 5;

    /// <summary>
    /// The address clients reach the chat page at (https://chat.example.gov.cn behind a proxy): uploaded files' URLs
    /// are built on it, and only URLs on it are taken as this server's files. Empty: the address the host listens on.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(TokenLifetimeMinutes);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenSigningKey.Length is > 0 and < 32)
        {
            yield return new ValidationResult("DirectLine:TokenSigningKey must be empty or at least 32 characters.", [nameof(TokenSigningKey)]);
        }
        if (PublicBaseUrl.Length > 0
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0))
        {
            yield return new ValidationResult("DirectLine:PublicBaseUrl must be empty or an http(s) address such as https://chat.example.gov.cn.", [nameof(PublicBaseUrl)]);
        }
    }
}
