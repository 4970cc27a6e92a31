using System.Data.Common;

namespace ZoneBot.Data;

/// <summary>
/// The one way ZoneBot code gets a database connection: open, and set up for the configured
/// database. Callers own the connection (<c>await using</c>) and run Dapper on it.
/// </summary>
public sealed class Database
{
    static Database()
    {
        // Dapper's type handlers are process-wide; every connection comes through here first.
        IsoDateTimeOffsetHandler.Register();
    }

    public Database(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("Database:ConnectionString is empty.", nameof(options));
        }

        Provider = DatabaseProvider.For(options.Provider);
        ConnectionString = options.ConnectionString;
    }

    /// <summary>The configured provider's name, e.g. sqlite.</summary>
    public string ProviderName => Provider.Name;

    internal DatabaseProvider Provider { get; }

    internal string ConnectionString { get; }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        Provider.OpenAsync(ConnectionString, cancellationToken);
}
