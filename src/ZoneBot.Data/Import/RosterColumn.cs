using System.Text;
using System.Text.RegularExpressions;

namespace ZoneBot.Data.Import;

/// <summary>
/// A column an import knows, with the headers it goes by: the town's Chinese header first (used in
/// messages), then English ones. Headers match loosely: case, spaces, underscores, full-width
/// characters, a leading * and a note in brackets, e.g. "颜色（红橙黄绿）", do not matter.
/// </summary>
public sealed partial class RosterColumn
{
    private readonly HashSet<string> _headers;

    public RosterColumn(bool required, params string[] headers)
    {
        Required = required;
        Headers = headers;
        _headers = headers.Select(NormaliseHeader).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A file without this column is refused as a whole.</summary>
    public bool Required { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The Chinese header, as the town writes it: 统一社会信用代码.</summary>
    public string Title => Headers[0];

    public bool Matches(string? header) => _headers.Contains(NormaliseHeader(header));

    public override string ToString() => Title;

    private static string NormaliseHeader(string? header)
    {
        var text = BracketedNote().Replace((header ?? string.Empty).Normalize(NormalizationForm.FormKC), string.Empty);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString();
    }

    // After FormKC, full-width brackets are half-width.
    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|【[^】]*】")]
    private static partial Regex BracketedNote();
}
