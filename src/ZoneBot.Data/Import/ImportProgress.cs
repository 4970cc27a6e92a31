
namespace ZoneBot.Data.Import;

/// <summary>How far the writing of an import is: <paramref name="Done"/> of <paramref name="Total"/> valid rows
/// stored or found unchanged, reported every <see cref="Interval"/> rows and at the last.</summary>
public readonly record struct ImportProgress(int Done, int Total)
{
    /// <summary>How often an importer reports, in rows.</summary>
    public const int Interval = 100;
}
