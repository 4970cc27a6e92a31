using ZoneBot.Domain;

namespace ZoneBot.Data.Import;

/// <summary>
/// Checks every row of a grid roster, and the rows against each other (one row per grid, one grid
/// per liaison, one office per community); reads the good rows into <see cref="ImportedGrid"/>s.
/// </summary>
internal static class GridRowValidator
{
    /// <exception cref="RosterFormatException">A required column is missing.</exception>
    public static (IReadOnlyList<ImportedGrid> Grids, IReadOnlyList<ImportRejection> Rejections) Validate(RosterTable table)
    {
        var columns = RosterColumnMap.Bind(table.Headers, GridColumns.All);
        var rows = table.Lines.Select(line => Read(line, columns)).ToList();

        RejectRepeats(rows, row => row.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture), ImportProblem.DuplicateGridNumber,
            (value, others) => $"grid {value} is also on row {others}");
        RejectRepeats(rows, row => row.LiaisonPhone, ImportProblem.DuplicatePhone,
            (value, others) => $"liaison phone {value} is also on row {others}: one liaison looks after one grid");
        RejectConflicts(rows, row => row.CommunityPhone is null ? null : RosterValues.TryPhone(row.CommunityPhone, out var digits) ? digits : null,
            GridColumns.CommunityPhone);
        RejectConflicts(rows, row => row.CommunityAddress, GridColumns.CommunityAddress);

        return (
            [.. rows.Where(row => row.Problems.Count == 0).Select(row => row.ToGrid())],
            [.. rows.SelectMany(row => row.Problems).OrderBy(problem => problem.RowNumber)]);
    }

    private static CheckedRow Read(RosterLine line, RosterColumnMap columns)
    {
        var row = new CheckedRow(line.RowNumber);
        void Reject(ImportProblem problem, string message) => row.Problems.Add(new(line.RowNumber, problem, message));

        row.Community = columns.Cell(line, GridColumns.Community);
        if (row.Community.Length == 0)
        {
            Reject(ImportProblem.MissingValue, $"{GridColumns.Community} (community) is empty");
        }

        var officePhone = columns.Cell(line, GridColumns.CommunityPhone);
        if (officePhone.Length > 0 && !RosterValues.TryPhone(officePhone, out _))
        {
            Reject(ImportProblem.BadPhone, $"{GridColumns.CommunityPhone} '{officePhone}' is not a phone number with its area code");
        }

        row.CommunityPhone = officePhone.Length > 0 ? officePhone : null;
        var officeAddress = columns.Cell(line, GridColumns.CommunityAddress);
        row.CommunityAddress = officeAddress.Length > 0 ? officeAddress : null;

        var numberText = columns.Cell(line, GridColumns.GridNumber);
        if (RosterValues.TryGridNumber(numberText, out var number))
        {
            row.Number = number;
        }
        else
        {
            Reject(ImportProblem.BadGridNumber, $"grid number '{numberText}' is not a number such as 3 or 3号网格");
        }

        var name = columns.Cell(line, GridColumns.GridName);
        row.Name = name.Length > 0 ? name : Grid.NameFor(number);
        row.Roads = RosterValues.JoinRoads(columns.Cell(line, GridColumns.Roads));

        row.LiaisonName = columns.Cell(line, GridColumns.LiaisonName);
        if (row.LiaisonName.Length == 0)
        {
            Reject(ImportProblem.MissingValue, $"{GridColumns.LiaisonName} (liaison name) is empty");
        }

        var phoneText = columns.Cell(line, GridColumns.LiaisonPhone);
        if (RosterValues.TryPhone(phoneText, out var phone))
        {
            row.LiaisonPhone = phone;
        }
        else
        {
            Reject(ImportProblem.BadPhone, phoneText.Length == 0
                ? $"{GridColumns.LiaisonPhone} (liaison phone) is empty"
                : $"{GridColumns.LiaisonPhone} '{phoneText}' is not a mobile (11 digits) or a landline with its area code");
        }

        return row;
    }

    /// <summary>Rejects every row whose value (where it has one) is on another row too.</summary>
    private static void RejectRepeats(
        List<CheckedRow> rows, Func<CheckedRow, string?> value, ImportProblem problem, Func<string, string, string> message)
    {
        var rowsByValue = rows.Where(row => value(row) is not null).ToLookup(row => value(row)!, row => row.RowNumber);
        foreach (var row in rows)
        {
            if (value(row) is { } key && rowsByValue[key].Count() > 1)
            {
                var others = string.Join(", ", rowsByValue[key].Where(number => number != row.RowNumber));
                row.Problems.Add(new(row.RowNumber, problem, message(key, others)));
            }
        }
    }

    /// <summary>Rejects the rows that give one community different values of an office column.</summary>
    private static void RejectConflicts(List<CheckedRow> rows, Func<CheckedRow, string?> value, RosterColumn column)
    {
        foreach (var community in rows.Where(row => row.Community.Length > 0 && value(row) is not null).GroupBy(row => row.Community))
        {
            if (community.Select(value).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                var numbers = string.Join(", ", community.Select(row => row.RowNumber));
                foreach (var row in community)
                {
                    row.Problems.Add(new(row.RowNumber, ImportProblem.ConflictingCommunity,
                        $"{column} of {community.Key} differs between rows {numbers}"));
                }
            }
        }
    }

    private sealed class CheckedRow(int rowNumber)
    {
        public int RowNumber { get; } = rowNumber;
        public List<ImportRejection> Problems { get; } = [];
        public string Community { get; set; } = string.Empty;
        public string? CommunityPhone { get; set; }
        public string? CommunityAddress { get; set; }
        public int? Number { get; set; }
        public string Name { get; set; } = string.Empty;
        public string? Roads { get; set; }
        public string LiaisonName { get; set; } = string.Empty;
        public string? LiaisonPhone { get; set; }

        public ImportedGrid ToGrid() => new(
            RowNumber, Community, CommunityPhone, CommunityAddress, Number!.Value, Name, Roads, LiaisonName, LiaisonPhone!);
    }
}
