
namespace ZoneBot.Data.Tests;

/// <summary>
/// DDL that makes every insert into the outbox fail with 'outbox is down', and undoes it: an alert that
/// cannot be written must take the whole change with it. Each database writes triggers its own way, so
/// a suite's provider subclasses hand theirs to it.
/// </summary>
internal static class OutboxFailure
{
    public const string Message = "outbox is down";

    public const string BreakOnSqlite = "CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is down'); END";

    public const string RepairOnSqlite = "DROP TRIGGER outbox_fails";

    // A PostgreSQL trigger calls a function; RAISE EXCEPTION aborts the statement, and so the transaction.
    public const string BreakOnPostgres = """
        CREATE FUNCTION outbox_fails() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'outbox is down';
        END
        $$;
        CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_fails();
        """;

    public const string RepairOnPostgres = "DROP TRIGGER outbox_fails ON outbox; DROP FUNCTION outbox_fails()";
}
