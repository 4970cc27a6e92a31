using System.Globalization;
using System.Text;

namespace ZoneBot.Domain;

/// <summary>
/// What people type, made safe to keep and to show to someone else: control characters (ESC, BEL, which
/// a terminal obeys) and format characters (the bidi overrides such as U+202E that reverse what follows,
/// zero-width spaces and joiners that hide text) are removed; line breaks become \n, tabs stay, Chinese and
/// everything else printable is kept as typed.
/// </summary>
public static class UserText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u2028' or '\u2029')
            {
                clean.Append('\n');
            }
            else if (Keeps(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary><see cref="Clean"/>, passing null through.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || c is '\u2028' or '\u2029' || !Keeps(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Keeps(char c) =>
        c is '\n' or '\t'
        || CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format);
}
