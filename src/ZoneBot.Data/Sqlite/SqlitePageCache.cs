namespace ZoneBot.Data.Sqlite;

/// <summary>
/// The page cache of each SQLite connection. Every pooled connection keeps one of its own (2 MiB by default, and a
/// dozen connections are open under load), in native memory the host does not give back. In WAL mode another
/// connection's commit empties it at this connection's next read, which under load is every read, and the file's pages
/// stay in the OS's cache: a small one costs a turn nothing.
/// </summary>
internal static class SqlitePageCache
{
    /// <summary>The bound of one connection's cache, in KiB.</summary>
    public const int Kibibytes = 256;

    /// <summary>A negative cache_size is in KiB, a positive one in pages.</summary>
    public const string Pragma = "PRAGMA cache_size=-256;";
}
