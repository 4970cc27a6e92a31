using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Liaison;

/// <summary>
/// Reads a grid number from what people type: the number, in Arabic or Chinese numerals, before the
/// grid word (with its ordinal and number words around it) or after it. The words are
/// <c>grid.*</c> in Vocabulary; the numeral is read by <see cref="Numerals"/>.
/// </summary>
public sealed class GridReference
{
    private readonly Regex _pattern;

    public GridReference(WordLists words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var grid = words.Alternation("grid.word");
        _pattern = new Regex(
            $@"(?:{words.Alternation("grid.ordinal")})?\s*(?<before>\d{{1,2}}|{PromptWords.NumeralClass()}{{1,3}})\s*(?:{words.Alternation("grid.number")})?\s*(?:{grid})|(?:{grid})\s*(?<after>\d{{1,2}})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public int? Find(string? text)
    {
        var match = _pattern.Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }
        return Numerals.Read(match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value);
    }
}
