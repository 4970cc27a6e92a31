using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ZoneBot.DirectLine;

/// <summary>
/// Where clients reach this Direct Line: <c>DirectLine:PublicBaseUrl</c>, or else the first address the host listens
/// on (a wildcard one as localhost). Never the request's Host header, which the client writes: a request with
/// <c>Host: evil.example</c> must not make <c>http://evil.example/...</c> look like one of our own files.
/// </summary>
public sealed class DirectLinePublicAddress(IOptions<DirectLineOptions> options, IServer server)
{
    private const string AttachmentsPath = DirectLineChannel.BasePath + "/attachments/";

    private Uri? _base;

    /// <summary>The public base, e.g. https://chat.example.gov.cn/ (worked out once, after the server has its addresses).</summary>
    public Uri Base => _base ??= Configured() ?? Listening();

    /// <summary>The serviceUrl the bot sees in this Direct Line's activities.</summary>
    public string ServiceUrl => new Uri(Base, DirectLineChannel.BasePath + "/").ToString();

    public string AttachmentUrl(string attachmentId) => new Uri(Base, AttachmentsPath + attachmentId).ToString();

    /// <summary>Whether <paramref name="url"/> is one of the files this Direct Line keeps.</summary>
    public bool IsOwnAttachment(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, Base.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, Base.Authority, StringComparison.OrdinalIgnoreCase)
        && uri.AbsolutePath.StartsWith(AttachmentsPath, StringComparison.Ordinal)
        && uri.AbsolutePath.Length > AttachmentsPath.Length
        && !uri.AbsolutePath[AttachmentsPath.Length..].Contains('/');

    private Uri? Configured() =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/");

    private Uri Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "0.0.0.0" or "[::]" or "*" or "+" ? "localhost" : binding.Host;
        return new UriBuilder(binding.Scheme, host, binding.Port).Uri;
    }
}
