using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZoneBot.Domain;

/// <summary>What is wrong with a name a volunteer typed.</summary>
public enum VolunteerNameProblem
{
    None,
    TooShort,
    TooLong,

    /// <summary>Something other than Chinese characters or Latin letters (digits, emoji, punctuation).</summary>
    NotLetters,
}

/// <summary>
/// A volunteer's name: 2 to 20 characters, Chinese characters or Latin letters, parts joined by a
/// space, a middle dot (阿卜杜·热合曼), a hyphen or an apostrophe.
/// </summary>
public static partial class VolunteerName
{
    public const int MinLength = 2;
    public const int MaxLength = 20;

    /// <summary>Trimmed, full-width letters made plain, runs of spaces made one (none between Chinese characters), every kind of middle dot made "·".</summary>
    public static string Normalise(string? text)
    {
        var folded = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        folded = Dots().Replace(folded, "·");
        folded = Spaces().Replace(folded, " ");
        // "王 小明" is 王小明: Chinese names are written without spaces.
        return SpaceBetweenChinese().Replace(folded, string.Empty);
    }

    /// <summary>The problem with an already normalised name, or <see cref="VolunteerNameProblem.None"/>.</summary>
    public static VolunteerNameProblem Check(string name)
    {
        var length = new StringInfo(name).LengthInTextElements;
        if (length < MinLength)
        {
            return VolunteerNameProblem.TooShort;
        }
        if (length > MaxLength)
        {
            return VolunteerNameProblem.TooLong;
        }
        return Shape().IsMatch(name) ? VolunteerNameProblem.None : VolunteerNameProblem.NotLetters;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}A-Za-zÀ-ÖØ-öø-ÿ]+(?:[ ·'\-][\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}A-Za-zÀ-ÖØ-öø-ÿ]+)*$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"[\u00B7\u2022\u2027\u30FB\u2219\u22C5]")]
    private static partial Regex Dots();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}) (?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenChinese();
}
