using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace ZoneBot.Data.Postgres;

/// <summary>
/// What ZoneBot's pooled connections add to the configured connection string. Every turn runs the same few statements
/// on pooled connections, so: statements prepared on each physical connection after their second use (the server then
/// neither parses nor plans them again, and the text is not sent), and no reset when a connection goes back to the pool
/// (Npgsql's reset is DISCARD ALL, or eight statements once some are prepared, before the next command of every
/// open). ZoneBot keeps no session state on these connections: transactions are still rolled back on close, and the
/// migration lock's session uses the configured string as given (its own pool, reset as usual). A connection string
/// that names a setting itself keeps its own value.
/// </summary>
internal static class PostgresConnectionTuning
{
    /// <summary>Statements kept prepared per physical connection: the turn path and the stores use a few dozen.</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>Prepared at the second use: the first could be a one-off (a report, a migration check).</summary>
    public const int AutoPrepareMinUsages = 2;

    private static readonly ConcurrentDictionary<string, string> Tuned = new(StringComparer.Ordinal);

    /// <summary>The connection string pooled connections are opened with (computed once per configured string).</summary>
    public static string For(string connectionString) => Tuned.GetOrAdd(connectionString, Tune);

    private static string Tune(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var names = given.Keys.Cast<string>().Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!names.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }
        if (!names.Contains("autoprepareminusages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }
        if (!names.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    // Npgsql takes "Max Auto Prepare" and "MaxAutoPrepare" alike.
    private static string Normalize(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
