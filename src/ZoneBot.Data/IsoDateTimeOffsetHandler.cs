using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ZoneBot.Data;

/// <summary>
/// Instants in SQLite are text: always UTC, always the same ISO-8601 shape
/// (2026-11-28T01:02:03.0000000Z), so that comparing and sorting them as text in SQL
/// (<c>next_attempt_at &lt;= @now</c>) is correct. Dapper alone cannot read SQLite's text back into
/// a DateTimeOffset. PostgreSQL's TIMESTAMPTZ gets the DateTimeOffset itself, in UTC (Npgsql writes
/// only offset zero there) and gives back a UTC DateTime; so the same SQL, comparing a column with a
/// parameter, runs on both.
/// </summary>
internal sealed class IsoDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>, SqlMapper.ITypeHandler
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            // Dapper binds types it knows natively without asking a handler; forget them first.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.AddTypeHandler(new IsoDateTimeOffsetHandler());
        }
    }

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToText(value);
        }
        else
        {
            parameter.Value = value.ToUniversalTime();
        }
    }

    // Dapper hands the NULL of a one-column row (QuerySingle<DateTimeOffset?>) to the handler as is,
    // and TypeHandler<T> has no way to answer null; so the interface is implemented again here.
    object? SqlMapper.ITypeHandler.Parse(Type destinationType, object value) => value is DBNull ? null : Parse(value);

    void SqlMapper.ITypeHandler.SetValue(IDbDataParameter parameter, object value)
    {
        if (value is DBNull or null)
        {
            // Typed: PostgreSQL cannot infer the type of a null it only sees in `@p IS NULL` (42P08),
            // as in an optional filter (TicketRegister). SQLite needs no type.
            if (parameter is not SqliteParameter)
            {
                parameter.DbType = DbType.DateTimeOffset;
            }

            parameter.Value = DBNull.Value;
        }
        else
        {
            SetValue(parameter, (DateTimeOffset)value);
        }
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset instant => instant,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a DateTimeOffset."),
    };
}
