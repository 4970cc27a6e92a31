using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ZoneBot.DirectLine.Auth;

/// <summary>
/// The page's user cookie: the user id the server chose for this browser, protected (encrypted and signed) by ASP.NET
/// Core Data Protection, whose keys every instance shares (<c>DirectLine:CookieKeysFolder</c>). A browser thereby stays the
/// same user (its firm, its tickets) and may pick its own earlier conversation up again after its token ran out.
/// </summary>
public sealed class DirectLineUserCookie(IDataProtectionProvider protection)
{
    public const string Name = "zonebot_dl_user";

    private readonly IDataProtector _protector = protection.CreateProtector("ZoneBot.DirectLine.UserCookie");

    public string Protect(string userId) => _protector.Protect(userId);

    /// <summary>The user id of a cookie this deployment protected; null for anything else (tampered, foreign, old keys gone).</summary>
    public string? Read(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(cookie) is { Length: > 0 } userId ? userId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
