using System.Text.RegularExpressions;

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
        return int.TryParse(number, out var arabic) ? arabic : ChineseNumber(number);
    }

    /// <summary>1 to 99 in Chinese numerals: 三, 十, 十二, 二十, 二十三.</summary>
    private static int? ChineseNumber(string text)
    {
        const string digits = "零一二三四五六七八九";
        var tenAt = text.IndexOf('十');
        if (tenAt < 0)
        {
            return text.Length == 1 ? digits.IndexOf(text[0]) : null;
        }
        var tens = tenAt == 0 ? 1 : digits.IndexOf(text[0]);
        var ones = tenAt == text.Length - 1 ? 0 : digits.IndexOf(text[^1]);
        return tens < 1 || ones < 0 ? null : (tens * 10) + ones;
    }

    [GeneratedRegex(@"第?(?<before>\d{1,2}|[一二三四五六七八九十]{1,3})\s*号?\s*网格|网格\s*(?<after>\d{1,2})")]
    private static partial Regex GridPattern();
}
