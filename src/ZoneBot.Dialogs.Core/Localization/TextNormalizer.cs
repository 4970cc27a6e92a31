using System.Text;
using System.Text.RegularExpressions;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Makes user text comparable: full-width letters, digits and punctuation folded to their plain forms
/// (NFKC: "１２３" → "123", "？" → "?"), trimmed, lower case, runs of spaces made one.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        return Whitespace().Replace(folded, " ");
    }

    /// <summary>Normalized, without the sentence punctuation people add at the end ("好的。", "yes!").</summary>
    public static string NormalizeAnswer(string? text) =>
        Normalize(text).TrimEnd('.', '。', '!', '！', '~', '～', ',', '，', ';', '；', ' ');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
