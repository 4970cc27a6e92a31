using System.Runtime.InteropServices;
using SQLitePCL;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// Whether a connection has a statement still running. SQLite answers only by walking every statement prepared on
/// the connection (<c>sqlite3_next_stmt</c>). Through SQLitePCL, each step of that walk wraps the statement in a safe
/// handle, and SQLitePCL must track every statement of the connection to do so: with a kept connection's few dozen
/// statements that was 4 % of the host's CPU in `profile --perf`. Called on the native pointers, the walk costs
/// next to nothing.
/// </summary>
internal static class RunningStatements
{
    // The library Microsoft.Data.Sqlite's bundle loads.
    private const string Library = "e_sqlite3";

    private static bool _libraryMissing;

    /// <summary>True when a statement is running, or when that cannot be told (then the connection is not kept).</summary>
    public static bool Any(sqlite3 connection)
    {
        if (_libraryMissing)
        {
            return true;
        }
        try
        {
            // The caller holds the connection (it is being given back), so the handle stays valid for the walk.
            var handle = connection.DangerousGetHandle();
            for (var statement = NextStatement(handle, IntPtr.Zero); statement != IntPtr.Zero; statement = NextStatement(handle, statement))
            {
                if (StatementBusy(statement) != 0)
                {
                    return true;
                }
            }
            return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another build of SQLite under Microsoft.Data.Sqlite: connections are closed after each use, as before.
            _libraryMissing = true;
            return true;
        }
    }

    [DllImport(Library, EntryPoint = "sqlite3_next_stmt")]
    private static extern IntPtr NextStatement(IntPtr connection, IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_stmt_busy")]
    private static extern int StatementBusy(IntPtr statement);
}
