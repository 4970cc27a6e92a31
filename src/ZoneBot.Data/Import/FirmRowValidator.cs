using ZoneBot.Domain;

namespace ZoneBot.Data.Import;

/// <summary>
/// Checks every row of a firm roster against the zone's grids, and the credit codes against each
/// other; reads the good rows into <see cref="ImportedFirm"/>s. Writes nothing.
/// </summary>
/// <param name="gridIds">The zone's grids: id by number.</param>
/// <param name="knownRoads">The grids' roads, to find a firm's road in its address when the row has none.</param>
internal sealed class FirmRowValidator(IReadOnlyDictionary<int, long> gridIds, IReadOnlyList<string> knownRoads)
{
    // Longest first, so 滨海一路东段 wins over 滨海一路 in the same address.
    private readonly string[] _roads = [.. knownRoads.Distinct(StringComparer.Ordinal).OrderByDescending(road => road.Length)];

    /// <exception cref="RosterFormatException">A required column is missing.</exception>
    public (IReadOnlyList<ImportedFirm> Firms, IReadOnlyList<ImportRejection> Rejections) Validate(RosterTable table)
    {
        var columns = RosterColumnMap.Bind(table.Headers, FirmColumns.All);
        var rows = table.Lines.Select(line => Read(line, columns)).ToList();

        // A credit code twice: neither row is trusted, since only people can say which one is right.
        var rowsByCode = rows.Where(row => row.CreditCode is not null).ToLookup(row => row.CreditCode!, row => row.Line.RowNumber);
        foreach (var row in rows)
        {
            var others = row.CreditCode is null ? [] : rowsByCode[row.CreditCode].Where(number => number != row.Line.RowNumber).ToList();
            if (others.Count > 0)
            {
                row.Problems.Add(new(row.Line.RowNumber, ImportProblem.DuplicateCreditCode,
                    $"credit code {row.CreditCode} is also on row {string.Join(", ", others)}"));
            }
        }

        return (
            [.. rows.Where(row => row.Problems.Count == 0).Select(row => row.Firm!)],
            [.. rows.SelectMany(row => row.Problems)]);
    }

    private CheckedRow Read(RosterLine line, RosterColumnMap columns)
    {
        var problems = new List<ImportRejection>();
        void Reject(ImportProblem problem, string message) => problems.Add(new(line.RowNumber, problem, message));

        var code = UnifiedSocialCreditCode.Validate(columns.Cell(line, FirmColumns.CreditCode));
        if (!code.IsValid)
        {
            Reject(ImportProblem.BadCreditCode, CreditCodeMessage(code));
        }

        var name = columns.Cell(line, FirmColumns.Name);
        if (name.Length == 0)
        {
            Reject(ImportProblem.MissingValue, $"{FirmColumns.Name} (name) is empty");
        }

        var address = columns.Cell(line, FirmColumns.Address);
        if (address.Length == 0)
        {
            Reject(ImportProblem.MissingValue, $"{FirmColumns.Address} (address) is empty");
        }

        var industryText = columns.Cell(line, FirmColumns.Industry);
        if (!RosterValues.TryIndustry(industryText, out var industry))
        {
            var known = string.Join(", ", Enum.GetValues<Industry>().Select(value => value.ChineseName));
            Reject(ImportProblem.UnknownIndustry, $"industry '{industryText}' is not one of {known} (or their codes)");
        }

        var colourText = columns.Cell(line, FirmColumns.Colour);
        if (!RosterValues.TryColour(colourText, out var colour))
        {
            Reject(ImportProblem.BadColour, $"colour '{colourText}' is not 红, 橙, 黄 or 绿 (red, orange, yellow, green)");
        }

        var gridText = columns.Cell(line, FirmColumns.Grid);
        long gridId = 0;
        if (!RosterValues.TryGridNumber(gridText, out var gridNumber) || !gridIds.TryGetValue(gridNumber, out gridId))
        {
            Reject(ImportProblem.UnknownGrid, $"grid '{gridText}' is not a grid of the zone (import grids first)");
        }

        var phoneText = columns.Cell(line, FirmColumns.ContactPhone);
        string? contactPhone = null;
        if (phoneText.Length > 0)
        {
            if (RosterValues.TryPhone(phoneText, out var phone))
            {
                contactPhone = phone;
            }
            else
            {
                Reject(ImportProblem.BadPhone, $"contact phone '{phoneText}' is not a mobile (13805741234) or a landline with its area code (0574-63012345)");
            }
        }

        var shortName = columns.Cell(line, FirmColumns.ShortName);
        var road = columns.Cell(line, FirmColumns.Road);
        var englishName = columns.Cell(line, FirmColumns.EnglishName);
        var firm = problems.Count > 0
            ? null
            : new ImportedFirm(
                line.RowNumber,
                code.NormalisedCode,
                name,
                shortName.Length > 0 ? shortName : FirmNameText.ShortName(name),
                address,
                road.Length > 0 ? road : _roads.FirstOrDefault(known => address.Contains(known, StringComparison.Ordinal)),
                industry,
                colour,
                gridId,
                contactPhone,
                englishName.Length > 0 ? englishName : null);
        return new CheckedRow(line, code.IsValid ? code.NormalisedCode : null, firm, problems);
    }

    private static string CreditCodeMessage(CreditCodeValidation code) => code.Status switch
    {
        CreditCodeStatus.Empty => $"{FirmColumns.CreditCode} (credit code) is empty",
        CreditCodeStatus.WrongLength =>
            $"credit code {code.NormalisedCode} has {code.NormalisedCode.Length} characters, not {UnifiedSocialCreditCode.Length} (length check)",
        CreditCodeStatus.IllegalCharacter =>
            $"credit code {code.NormalisedCode} has a character no credit code uses, such as I, O, Z, S, V or punctuation (character check)",
        _ => $"credit code {code.NormalisedCode}: the last character does not match the check character of the other 17 (check character); a character is mistyped",
    };

    /// <param name="CreditCode">Set when the code itself is valid, to find the same code on other rows.</param>
    private sealed record CheckedRow(RosterLine Line, string? CreditCode, ImportedFirm? Firm, List<ImportRejection> Problems);
}
