using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using ZoneBot.Data.Telemetry;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// A span for every SQL statement on SQLite, which traces nothing itself (Npgsql does, for PostgreSQL). SQLite's
/// profile hook reports each statement when it is done, with its text (parameters unexpanded, so no value a user
/// typed) and how long it ran, on the thread that ran it: the span is a child of the turn or request that ran it.
/// Attached only while someone listens (the host traces when an OTLP endpoint is set).
/// </summary>
internal static class SqliteStatementTracing
{
    // Kept in a field: SQLite holds on to the delegate for the connection's life.
    private static readonly strdelegate_profile Profile = OnStatementDone;

    public static void Attach(SqliteConnection connection)
    {
        if (ZoneBotMetrics.Tracing.HasListeners())
        {
            raw.sqlite3_profile(connection.Handle, Profile, null);
        }
    }

    private static void OnStatementDone(object userData, string statement, long nanoseconds)
    {
        var end = DateTime.UtcNow;
        var operation = statement.TrimStart().Split([' ', '\n', '\r', '\t'], 2)[0].ToUpperInvariant();
        using var span = ZoneBotMetrics.Tracing.StartActivity(
            operation, ActivityKind.Client, parentContext: default, startTime: StartOf(end, nanoseconds));
        if (span is null)
        {
            return;
        }
        span.SetTag("db.system.name", "sqlite");
        span.SetTag("db.operation.name", operation);
        span.SetTag("db.query.text", statement);
        span.SetEndTime(end);
    }

    // SQLite times a statement on its own clock, in whole milliseconds on most builds, so end minus duration can fall
    // before the span that ran the statement began; a child never starts before its parent.
    private static DateTime StartOf(DateTime end, long nanoseconds)
    {
        var start = end - TimeSpan.FromTicks(nanoseconds / 100);
        var parentStart = Activity.Current?.StartTimeUtc;
        return parentStart > start ? parentStart.Value : start;
    }
}
