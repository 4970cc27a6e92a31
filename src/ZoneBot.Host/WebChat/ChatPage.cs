using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZoneBot.Dialogs;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Host.WebChat;

/// <summary>
/// The chat page at /: Web Chat in Chinese (English with ?locale=en-US) under the zone's and the bot's names, talking
/// to ZoneBot's own Direct Line. Its script and style are static files; the Web Chat bundle comes from npm at build time.
/// </summary>
public static partial class ChatPage
{
    /// <summary>Where the build puts the Web Chat bundle, under wwwroot (see WebChatBundle.targets).</summary>
    public const string BundlePath = "webchat/webchat.js";

    private static readonly string Template = ReadTemplate();
    private static readonly string Version = typeof(ChatPage).Assembly.GetName().Version?.ToString() ?? "1";

    /// <summary>The version of Web Chat the build fetches (WebChatBundle.targets), as the bundle's cache key.</summary>
    public static readonly string WebChatVersion = typeof(ChatPage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "WebChatVersion")?.Value ?? "unknown";

    // Chinese stays readable in the page's source; markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Web Chat styles itself with inline <style> elements and shows uploads from blob: URLs; nothing else is allowed in.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "connect-src 'self' blob:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (string? locale, HttpResponse response, IOptions<BotProfile> profile, IWebHostEnvironment environment) =>
        {
            response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers[HeaderNames.CacheControl] = "no-cache";
            var hasBundle = environment.WebRootFileProvider.GetFileInfo(BundlePath).Exists;
            return Results.Content(Render(Locales.Resolve(locale), profile.Value, hasBundle), "text/html; charset=utf-8");
        });
        return app;
    }

    internal static string Render(string locale, BotProfile profile, bool hasBundle)
    {
        var other = locale == Locales.Chinese ? Locales.English : Locales.Chinese;
        var values = new Dictionary<string, string>
        {
            ["lang"] = PageTexts.Get(locale, "lang"),
            ["locale"] = locale,
            ["title"] = $"{profile.DisplayName} · {profile.ZoneName}",
            ["botName"] = profile.DisplayName,
            ["zoneName"] = profile.ZoneName,
            ["chatLabel"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, PageTexts.Get(locale, "chatLabel"), profile.DisplayName),
            ["botInitials"] = profile.DisplayName[..1],
            ["userInitials"] = PageTexts.Get(locale, "userInitials"),
            ["status"] = PageTexts.Get(locale, hasBundle ? "status" : "missing"),
            ["failed"] = PageTexts.Get(locale, "failed"),
            ["missing"] = PageTexts.Get(locale, "missing"),
            ["otherHref"] = "?locale=" + other,
            ["otherLang"] = other,
            ["otherLabel"] = PageTexts.Get(locale, "otherLabel"),
            ["version"] = Version,
        };
        var html = Placeholder().Replace(Template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? Encoder.Encode(value)
            : match.Value);
        var bundle = hasBundle ? $"<script src=\"{BundlePath}?v={WebChatVersion}\"></script>" : string.Empty;
        return html.Replace("{{bundle}}", bundle, StringComparison.Ordinal);
    }

    private static string ReadTemplate()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebChat.index.html")
            ?? throw new InvalidOperationException("The chat page's template is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
