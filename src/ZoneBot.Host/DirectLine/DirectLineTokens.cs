using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ZoneBot.Host.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: a JWT signed with HMAC-SHA256 that binds a server-chosen user id to one
/// conversation until it expires. Web Chat reads the <c>user</c> claim to know who it is; nobody can change it
/// without the key. The same key signs the page's user cookie, under another purpose, so one is never taken for the other.
/// </summary>
public sealed class DirectLineTokens
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        var settings = options.Value;
        _time = time;
        _lifetime = settings.TokenLifetime;
        if (string.IsNullOrEmpty(settings.TokenSigningKey))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning(
                "DirectLine:TokenSigningKey is missing: chat tokens are signed with a key made for this process only, so a restart " +
                "disconnects every chat page and its users start afresh. Set a random value of at least 32 characters, the same on every instance");
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(settings.TokenSigningKey);
        }
    }

    public TimeSpan Lifetime => _lifetime;

    /// <summary>A token for <paramref name="userId"/> in <paramref name="conversationId"/>, good for <see cref="Lifetime"/> from now.</summary>
    public string Issue(string userId, string conversationId) => Issue(userId, conversationId, _time.GetUtcNow() + _lifetime);

    internal string Issue(string userId, string conversationId, DateTimeOffset expiresAt)
    {
        var claims = new Claims(userId, conversationId, _time.GetUtcNow().ToUnixTimeSeconds(), expiresAt.ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signed = Header + "." + payload;
        return signed + "." + Sign("token", signed);
    }

    /// <summary>Checks a token: its signature, then its expiry.</summary>
    public TokenCheck Check(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Header || !SignatureMatches("token", parts[0] + "." + parts[1], parts[2]))
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        Claims? claims;
        try
        {
            claims = JsonSerializer.Deserialize<Claims>(Base64Url.DecodeFromChars(parts[1]));
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        if (claims is not { User.Length: > 0, Conversation.Length: > 0 })
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt);
        return expiresAt <= _time.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, null)
            : new TokenCheck(TokenStatus.Valid, new DirectLineToken(claims.User, claims.Conversation, expiresAt));
    }

    /// <summary>What clients call expires_in: the seconds the token has left.</summary>
    public int SecondsLeft(DirectLineToken token) => (int)Math.Max(0, (token.ExpiresAt - _time.GetUtcNow()).TotalSeconds);

    /// <summary>The value of the page's user cookie: the user id and its signature.</summary>
    public string SignUser(string userId) => userId + "." + Sign("user", userId);

    /// <summary>The user id of a cookie value this server signed; null for anything else.</summary>
    public string? ReadUser(string? cookie)
    {
        var dot = cookie?.LastIndexOf('.') ?? -1;
        if (cookie is null || dot <= 0)
        {
            return null;
        }
        var userId = cookie[..dot];
        return SignatureMatches("user", userId, cookie[(dot + 1)..]) ? userId : null;
    }

    private string Sign(string purpose, string text) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + ":" + text)));

    private bool SignatureMatches(string purpose, string text, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(purpose, text)), Encoding.ASCII.GetBytes(signature));

    private sealed record Claims(
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("iat")] long IssuedAt,
        [property: JsonPropertyName("exp")] long ExpiresAt);
}

public enum TokenStatus
{
    Invalid,
    Expired,
    Valid,
}

/// <summary>The outcome of checking a token; <see cref="Token"/> when it is valid.</summary>
public readonly record struct TokenCheck(TokenStatus Status, DirectLineToken? Token);
