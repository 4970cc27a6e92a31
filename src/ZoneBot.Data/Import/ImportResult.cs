
namespace ZoneBot.Data.Import;

/// <summary>What an import read, refused and wrote.</summary>
/// <param name="Rows">The rows read under the header (blank rows not counted).</param>
/// <param name="Written">False when rows were rejected and the import was not told to skip them:
/// then nothing at all was written.</param>
/// <param name="Tallies">What was written, per kind of record; empty when nothing was written.</param>
public sealed record ImportResult(
    int Rows,
    IReadOnlyList<ImportRejection> Rejections,
    bool Written,
    IReadOnlyList<ImportTally> Tallies)
{
    public int RejectedRows => Rejections.Select(rejection => rejection.RowNumber).Distinct().Count();

    public int ValidRows => Rows - RejectedRows;

    public ImportTally Tally(ImportedKind kind) =>
        Tallies.FirstOrDefault(tally => tally.Kind == kind) ?? new ImportTally(kind, 0, 0, 0);

    internal static ImportResult NotWritten(int rows, IReadOnlyList<ImportRejection> rejections) =>
        new(rows, rejections, Written: false, []);
}

/// <summary>The kinds of record an import writes.</summary>
public enum ImportedKind
{
    Community,
    Grid,
    Liaison,
    Firm,
}

/// <summary>How many records of one kind the import added, changed, or found already as the file says.</summary>
/// <param name="Detached">Liaisons only: the grid's previous liaison, replaced by the file's, kept as an
/// officer without a grid (their tickets and bindings stay).</param>
public sealed record ImportTally(ImportedKind Kind, int Added, int Updated, int Unchanged, int Detached = 0);
