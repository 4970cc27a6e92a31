using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZoneBot.Domain;

namespace ZoneBot.Data.Import;

/// <summary>How the town writes values in its spreadsheets, read into the domain's values.</summary>
public static partial class RosterValues
{
    private static readonly Dictionary<string, FirmColour> Colours = BuildColours();
    private static readonly Dictionary<string, Industry> Industries = BuildIndustries();

    // The number, with the ordinal, number and grid words around it (ImportWords' values).
    private static readonly Regex GridNumberShape = new(
        $@"^(?:{Alternation("grid.ordinal")})?\s*(?<number>\d{{1,4}})\s*(?:{Alternation("grid.number")})?\s*(?:{Alternation("grid.word")})?$",
        RegexOptions.CultureInvariant);

    /// <summary>红, 红色, red, RED: each colour by its one character, its Chinese name or its code.</summary>
    public static bool TryColour(string? text, out FirmColour colour) => Colours.TryGetValue(Fold(text), out colour);

    /// <summary>化纤 or chemical_fibre: each industry by its Chinese name or its code.</summary>
    public static bool TryIndustry(string? text, out Industry industry) => Industries.TryGetValue(Fold(text), out industry);

    /// <summary>3, ３, 3号, 3号网格, 第3网格: the grid's number.</summary>
    public static bool TryGridNumber(string? text, out int number)
    {
        var match = GridNumberShape.Match(Fold(text));
        number = 0;
        return match.Success
            && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    /// <summary>
    /// The digits of a Chinese mobile (13805741234) or landline with its area code (057463012345),
    /// written with spaces, dashes, brackets or +86 as people do (<see cref="PhoneNumber"/>).
    /// </summary>
    public static bool TryPhone(string? text, out string digits)
    {
        var found = PhoneNumber.TryParse(text, out var phone);
        digits = found ? phone.Digits : string.Empty;
        return found;
    }

    /// <summary>Roads separated by 、 , ， ; ； / or spaces, joined with <see cref="Grid.RoadSeparator"/>; null when none.</summary>
    public static string? JoinRoads(string? text)
    {
        var roads = RoadSeparators().Split(text ?? string.Empty)
            .Where(road => road.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return roads.Count == 0 ? null : string.Join(Grid.RoadSeparator, roads);
    }

    /// <summary>Half-width, trimmed, lower case: ＲＥＤ and red read the same.</summary>
    private static string Fold(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();

    private static Dictionary<string, FirmColour> BuildColours()
    {
        var colours = new Dictionary<string, FirmColour>(StringComparer.Ordinal);
        foreach (var colour in Enum.GetValues<FirmColour>())
        {
            colours[colour.Code] = colour;
            colours[colour.ChineseName] = colour;
            colours[colour.ChineseName[..1]] = colour;
        }

        return colours;
    }

    private static Dictionary<string, Industry> BuildIndustries()
    {
        var industries = ImportWords.Words("values", "industry.other").ToDictionary(word => word, _ => Industry.Other, StringComparer.Ordinal);
        foreach (var industry in Enum.GetValues<Industry>())
        {
            industries[industry.Code] = industry;
            industries[industry.ChineseName] = industry;
        }

        return industries;
    }

    private static string Alternation(string key) =>
        string.Join('|', ImportWords.Words("values", key).OrderByDescending(word => word.Length).Select(Regex.Escape));

    [GeneratedRegex(@"[、,，;；/\s]+")]
    private static partial Regex RoadSeparators();
}
