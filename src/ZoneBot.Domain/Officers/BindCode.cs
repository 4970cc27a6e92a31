using System.Security.Cryptography;
using System.Text;

namespace ZoneBot.Domain;

/// <summary>
/// The one-time code an administrator gives an officer to bind their chat (绑定 ABCDE-FGHJK): ten
/// random characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in two groups.
/// Only its hash is stored; people may type it in any case, with spaces, dashes or full-width letters.
/// </summary>
public static class BindCode
{
    public const int Length = 10;

    /// <summary>How long a code works after it is issued.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(72);

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A new code as shown to people: ABCDE-FGHJK.</summary>
    public static string Generate()
    {
        var characters = RandomNumberGenerator.GetString(Alphabet, Length);
        return characters[..(Length / 2)] + "-" + characters[(Length / 2)..];
    }

    /// <summary>The characters of a code as typed, upper case, without separators; empty when there are none.</summary>
    public static string Normalize(string? typed)
    {
        var builder = new StringBuilder();
        foreach (var ch in (typed ?? string.Empty).Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToUpperInvariant(ch));
            }
        }
        return builder.ToString();
    }

    /// <summary>What the database keeps: the SHA-256 of the normalised code, in hex.</summary>
    public static string Hash(string? typed) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(typed))));
}
