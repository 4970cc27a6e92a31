namespace ZoneBot.Data.Import;

/// <summary>
/// The file cannot be read as a roster at all (missing, not .csv or .xlsx, empty, a required column
/// missing): unlike a bad row, nothing in it can be checked row by row.
/// </summary>
public sealed class RosterFormatException(string message) : Exception(message);
