using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Liaison;

/// <summary>Reads a grid number from what people type: "3号网格", "第十二网格", "网格 3".</summary>
public static partial class GridReference
{
    public static int? Find(string? text)
    {
        var match = GridPattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }
        var number = match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value;
        return Numerals.Read(number);
    }

    [GeneratedRegex(@"第?(?<before>\d{1,2}|[一二三四五六七八九十]{1,3})\s*号?\s*网格|网格\s*(?<after>\d{1,2})")]
    private static partial Regex GridPattern();
}
