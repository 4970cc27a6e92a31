using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ZoneBot.DirectLine.Auth;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs made and validated by IdentityModel's <see cref="JsonWebTokenHandler"/>,
/// signed with the symmetric key <c>DirectLine:TokenSigningKey</c> (HS256), that bind a server-chosen user id to one conversation
/// until they expire. Web Chat reads the <c>user</c> claim to know who it is; nobody can change it without the key.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "zonebot-directline";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false, MapInboundClaims = false };
    private readonly SigningCredentials _signing;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _time = time;
        Lifetime = settings.TokenLifetime;
        byte[] key;
        if (string.IsNullOrEmpty(settings.TokenSigningKey))
        {
            key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning(
                "DirectLine:TokenSigningKey is missing: chat tokens are signed with a key made for this process only, so a restart " +
                "disconnects every chat page. Set a random value of at least 32 characters, the same on every instance");
        }
        else
        {
            key = Encoding.UTF8.GetBytes(settings.TokenSigningKey);
        }
        var signingKey = new SymmetricSecurityKey(key);
        _signing = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = signingKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = IsCurrent,
        };
    }

    public TimeSpan Lifetime { get; }

    /// <summary>A token for <paramref name="userId"/> in <paramref name="conversationId"/>, good for <see cref="Lifetime"/> from now.</summary>
    public string Issue(string userId, string conversationId) => Issue(userId, conversationId, _time.GetUtcNow() + Lifetime);

    internal string Issue(string userId, string conversationId, DateTimeOffset expiresAt) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Issuer,
        Claims = new Dictionary<string, object>
        {
            [DirectLineToken.UserClaim] = userId,
            [DirectLineToken.ConversationClaim] = conversationId,
        },
        IssuedAt = (expiresAt - Lifetime).UtcDateTime,
        NotBefore = (expiresAt - Lifetime).UtcDateTime,
        Expires = expiresAt.UtcDateTime,
        SigningCredentials = _signing,
    });

    /// <summary>Checks a token: its signature, issuer and audience, then its lifetime.</summary>
    public async Task<TokenCheck> CheckAsync(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid)
        {
            return new TokenCheck(result.Exception is SecurityTokenExpiredException ? TokenStatus.Expired : TokenStatus.Invalid, null);
        }
        var jwt = (JsonWebToken)result.SecurityToken;
        return jwt.TryGetPayloadValue<string>(DirectLineToken.UserClaim, out var userId) && userId is { Length: > 0 }
            && jwt.TryGetPayloadValue<string>(DirectLineToken.ConversationClaim, out var conversationId) && conversationId is { Length: > 0 }
            ? new TokenCheck(TokenStatus.Valid, new DirectLineToken(userId, conversationId, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero)))
            : new TokenCheck(TokenStatus.Invalid, null);
    }

    /// <summary>The lifetime check on the injected clock (IdentityModel's own reads the system clock).</summary>
    private bool IsCurrent(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is not { } expiresAt || expiresAt <= now)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires ?? DateTime.MinValue };
        }
        return notBefore is not { } from || from <= now;
    }

    /// <summary>What clients call expires_in: the seconds the token has left.</summary>
    public int SecondsLeft(DirectLineToken token) => (int)Math.Max(0, (token.ExpiresAt - _time.GetUtcNow()).TotalSeconds);
}

public enum TokenStatus
{
    Invalid,
    Expired,
    Valid,
}

/// <summary>The outcome of checking a token; <see cref="Token"/> when it is valid.</summary>
public readonly record struct TokenCheck(TokenStatus Status, DirectLineToken? Token);
