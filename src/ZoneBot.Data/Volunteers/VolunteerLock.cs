using System.Data.Common;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// Changes to one person, known by their phone, take turns: a sign-up, leaving a team, deleting
/// everything. On PostgreSQL, read committed let leaving the last team find no other membership and
/// delete the person while a sign-up of the same phone was adding one it could not see yet: the delete
/// cascaded to the membership just reported as joined, or the sign-up failed on the foreign key. Each
/// of them takes this lock first and reads the person only afterwards. SQLite's write transactions
/// already run one at a time (<see cref="DatabaseProvider.LockAsync"/>).
/// </summary>
internal static class VolunteerLock
{
    /// <summary>Held until <paramref name="transaction"/> ends; two phones may share a lock (a hash), which only makes them wait.</summary>
    public static Task TakeAsync(Database database, DbConnection connection, DbTransaction transaction, string phone, CancellationToken ct) =>
        database.Provider.LockAsync(connection, transaction, "zonebot.volunteer:" + phone, ct);
}
