using System.Text;

namespace ZoneBot.Domain;

/// <summary>
/// How firm names are compared: as people type them. Full-width characters become half-width,
/// spaces and punctuation go, and the place prefix and legal suffix are stripped, so that
/// "慈溪市华信电器有限公司", "华信电器有限公司" and "华信 电器" all have the core name "华信电器".
/// </summary>
public static class FirmNameText
{
    // The place prefixes and legal suffixes of FirmNameWords.json (the domain's, as the importer uses them
    // too), tried in the file's order: a prefix of a prefix comes after it, and the longest suffix first,
    // so a suffix is stripped whole rather than leaving part of it.
    private static readonly FirmNameWords Words = FirmNameWords.Read();
    private static readonly string[] Prefixes = Words.Prefixes;
    private static readonly string[] Suffixes = Words.Suffixes;

    /// <summary>Half-width, lower case, without spaces or punctuation.</summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var ch in (text ?? string.Empty).Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }
        return builder.ToString();
    }

    /// <summary>The distinctive part of a name: normalised, place prefix and legal suffix stripped.</summary>
    public static string Core(string? name)
    {
        var core = Normalize(name);
        foreach (var prefix in Prefixes)
        {
            if (core.Length > prefix.Length + 1 && core.StartsWith(prefix, StringComparison.Ordinal))
            {
                core = core[prefix.Length..];
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (core.Length > suffix.Length + 1 && core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length];
                break;
            }
        }
        return core;
    }

    /// <summary>
    /// A short name for a registered name, as people write it: the same prefixes and suffixes as
    /// <see cref="Core"/> stripped, but the characters kept as they are (慈溪市ABC照明有限公司 → ABC照明),
    /// because it is shown to people, not compared.
    /// </summary>
    public static string ShortName(string? name)
    {
        var shortName = (name ?? string.Empty).Trim();
        foreach (var prefix in Prefixes)
        {
            if (shortName.Length > prefix.Length + 1 && shortName.StartsWith(prefix, StringComparison.Ordinal))
            {
                shortName = shortName[prefix.Length..].TrimStart();
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (shortName.Length > suffix.Length + 1 && shortName.EndsWith(suffix, StringComparison.Ordinal))
            {
                shortName = shortName[..^suffix.Length].TrimEnd();
                break;
            }
        }
        return shortName;
    }

    /// <summary>The overlapping character pairs of a text: the units of the name index.</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            bigrams.Add(text.Substring(i, 2));
        }
        return bigrams;
    }
}
