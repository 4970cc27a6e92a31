using Microsoft.Data.Sqlite;

namespace ZoneBot.Data.Backups;

/// <summary>Where a SQLite database lives on disk, and connections to such files that never create one.</summary>
public static class SqliteFiles
{
    /// <summary>The full path of the configured SQLite file; null on PostgreSQL or for an in-memory database.</summary>
    public static string? PathOf(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.ProviderName != "sqlite")
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var path = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(path) || path == ":memory:"
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Path.GetFullPath(path);
    }

    /// <summary>
    /// A connection to an existing file, unpooled so that nothing keeps it open once disposed (the file may be
    /// moved next). Opening fails when the file is missing: SQLite would otherwise create an empty one.
    /// </summary>
    public static SqliteConnection Open(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=5000;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
