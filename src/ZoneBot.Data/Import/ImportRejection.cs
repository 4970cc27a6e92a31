
namespace ZoneBot.Data.Import;

/// <summary>One reason a row was not imported.</summary>
/// <param name="RowNumber">The row as the spreadsheet shows it (the header is row 1).</param>
/// <param name="Message">What is wrong with which value, for the person fixing the file.</param>
public sealed record ImportRejection(int RowNumber, ImportProblem Problem, string Message)
{
    public override string ToString() => $"row {RowNumber}: {Message}";
}
