using ZoneBot.Data;

namespace ZoneBot.Host.Cli;

/// <summary>
/// For the verbs that read or change what is there (tickets, teams, officers, outbox, report): the database must
/// exist. A typo in the connection string, or a lost file, is said so, not answered with a new empty database.
/// Only <c>db migrate</c>, <c>seed demo</c> and <c>import</c> create one.
/// </summary>
public static class ExistingDatabase
{
    /// <exception cref="DatabaseUnavailableException">The database does not exist.</exception>
    public static void Migrate(Database database)
    {
        if (!database.Exists())
        {
            throw new DatabaseUnavailableException("The database does not exist: check Database:ConnectionString, restore it, or create it with `db migrate`.");
        }
        new DatabaseMigrator(database).Migrate();
    }
}
