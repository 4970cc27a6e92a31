using System.Globalization;
using System.Security.Claims;

namespace ZoneBot.DirectLine.Auth;

/// <summary>What a valid token says: who the user is (chosen by the server) and the one conversation they may use.</summary>
public sealed record DirectLineToken(string UserId, string ConversationId, DateTimeOffset ExpiresAt)
{
    /// <summary>The token's claims (Web Chat reads <c>user</c> to know who it is), as the scheme gives them to the endpoints.</summary>
    public const string UserClaim = "user";

    public const string ConversationClaim = "conv";

    public const string ExpiresClaim = "exp";

    /// <summary>The token of a request the Direct Line scheme authenticated; null for anyone else.</summary>
    public static DirectLineToken? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Identities.FirstOrDefault(identity => identity.AuthenticationType == DirectLineAuthentication.Scheme);
        return identity?.FindFirst(UserClaim)?.Value is { } userId
            && identity.FindFirst(ConversationClaim)?.Value is { } conversationId
            && long.TryParse(identity.FindFirst(ExpiresClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            ? new DirectLineToken(userId, conversationId, DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }

    internal ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [
            new Claim(UserClaim, UserId),
            new Claim(ConversationClaim, ConversationId),
            new Claim(ExpiresClaim, ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ],
        DirectLineAuthentication.Scheme, UserClaim, null));
}
