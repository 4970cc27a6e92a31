namespace ZoneBot.Testing;

/// <summary>
/// A fact that needs PostgreSQL itself (several hosts over one database): skipped with the reason when no
/// server is given, except in CI, where it runs and fails for the missing server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresSetting.ConnectionString is null && !PostgresSetting.InCi)
        {
            Skip = PostgresSetting.SkipReason;
        }
    }
}
