
namespace ZoneBot.Data;

/// <summary>
/// The database cannot be used as it is: its file is missing or was replaced while the host ran. Every use of
/// the database fails with it, so that nothing is confirmed that was not stored; /healthz reports it.
/// </summary>
public sealed class DatabaseUnavailableException(string message) : InvalidOperationException(message);
