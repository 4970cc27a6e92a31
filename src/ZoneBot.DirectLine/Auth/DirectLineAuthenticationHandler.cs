using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZoneBot.DirectLine.Endpoints;

namespace ZoneBot.DirectLine.Auth;

/// <summary>
/// Authenticates Direct Line calls by their bearer token. Without a valid one the challenge answers 401 in Direct Line's
/// error shape (<c>TokenExpired</c> for an expired token, which tells Web Chat to get a new one); a token for another
/// conversation is forbidden, 403. Requests outside the Direct Line's path are none of its business.
/// </summary>
public sealed class DirectLineAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DirectLineTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Expired = "expired";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Path.StartsWithSegments(DirectLineChannel.BasePath, StringComparison.OrdinalIgnoreCase)
            || DirectLineRequest.BearerOf(Request) is not { } bearer)
        {
            return AuthenticateResult.NoResult();
        }
        var check = await tokens.CheckAsync(bearer);
        return check.Token is { } token
            ? AuthenticateResult.Success(new AuthenticationTicket(token.ToPrincipal(), Scheme.Name))
            : AuthenticateResult.Fail(check.Status == TokenStatus.Expired ? Expired : "invalid");
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var (code, message) = result.Failure?.Message == Expired
            ? ("TokenExpired", "The token has expired; refresh it before it does, or ask for a new one.")
            : ("Unauthorized", "A valid Direct Line token is required: Authorization: Bearer <token>.");
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        await DirectLineRequest.Error(StatusCodes.Status401Unauthorized, code, message).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        DirectLineRequest.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is for another conversation.").ExecuteAsync(Context);
}
