using System.Runtime.InteropServices;
using SQLitePCL;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// Whether a SQLite connection has a transaction open, its own or one a running statement holds (SQLite's
/// <c>sqlite3_txn_state</c>, which SQLitePCL does not wrap). Called on the library Microsoft.Data.Sqlite's bundle loads.
/// </summary>
internal static class SqliteTransactionState
{
    private const string Library = "e_sqlite3";

    // SQLITE_TXN_NONE: no read or write transaction open on any of the connection's databases.
    private const int None = 0;

    private static bool _libraryMissing;

    /// <summary>True when no transaction is open; false when one is, or when that cannot be told.</summary>
    public static bool IsIdle(sqlite3 connection)
    {
        if (_libraryMissing)
        {
            return false;
        }
        try
        {
            // The caller holds the connection, so its handle stays valid for the call.
            return TransactionState(connection.DangerousGetHandle(), IntPtr.Zero) == None;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another build of SQLite under Microsoft.Data.Sqlite: connections are closed after each use, as before.
            _libraryMissing = true;
            return false;
        }
    }

    // A null schema asks about every database of the connection.
    [DllImport(Library, EntryPoint = "sqlite3_txn_state")]
    private static extern int TransactionState(IntPtr connection, IntPtr schema);
}
