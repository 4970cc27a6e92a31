using System.Security.Cryptography;

namespace ZoneBot.Domain;

/// <summary>
/// The code that proves a chat user belongs to a firm. Sent by SMS it is six digits, easy to type from
/// a phone; given by the grid liaison it is a <see cref="BindCode"/> (ABCDE-FGHJK). Either is hashed,
/// normalised and compared the way binding codes are (<see cref="BindCode.Hash"/>).
/// </summary>
public static class MembershipCode
{
    public const int SmsLength = 6;

    /// <summary>A new SMS code: six random digits.</summary>
    public static string NewSmsCode() => RandomNumberGenerator.GetString("0123456789", SmsLength);

    /// <summary>A new code for the liaison to hand on.</summary>
    public static string NewLiaisonCode() => BindCode.Generate();

    public static string Hash(string? typed) => BindCode.Hash(typed);
}
