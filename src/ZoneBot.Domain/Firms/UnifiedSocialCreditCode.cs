using System.Text;

namespace ZoneBot.Domain;

/// <summary>
/// The 18-character Unified Social Credit Code (统一社会信用代码, GB 32100-2015) that identifies
/// a firm. The last character is a check character over the first 17, so most typing mistakes are
/// caught before we look the firm up.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters a code may use: digits and capitals without I, O, Z, S, V
    /// (they look like 1, 0, 2, 5, U). A character's value is its index here.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Normalises <paramref name="input"/> as people type it and checks it.</summary>
    public static CreditCodeValidation Validate(string? input)
    {
        var code = Normalise(input);
        if (code.Length == 0)
        {
            return new(CreditCodeStatus.Empty, code);
        }

        if (code.Length != Length)
        {
            return new(CreditCodeStatus.WrongLength, code);
        }

        if (!code.All(c => Alphabet.Contains(c)))
        {
            return new(CreditCodeStatus.IllegalCharacter, code);
        }

        return ComputeCheckCharacter(code[..(Length - 1)]) == code[Length - 1]
            ? new(CreditCodeStatus.Valid, code)
            : new(CreditCodeStatus.CheckCharacterMismatch, code);
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>The check character for the first 17 characters of a code, already normalised.</summary>
    /// <exception cref="ArgumentException">Not 17 characters of <see cref="Alphabet"/>.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} characters, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' at position {i + 1} is not allowed in a credit code.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// Full-width to half-width (Chinese input methods often type ９１３３…), every space removed
    /// (people group the characters as they read them out), upper case.
    /// </summary>
    private static string Normalise(string? input)
    {
        if (input is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var raw in input)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                '\u3000' => ' ',
                _ => raw,
            };
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
