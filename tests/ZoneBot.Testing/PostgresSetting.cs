namespace ZoneBot.Testing;

/// <summary>
/// Where the PostgreSQL tests find a server: the connection string in ZONEBOT_TEST_POSTGRES (a user that
/// may create databases). Without it they are skipped with a reason, except in CI (CI=true), where a
/// test that cannot run on PostgreSQL fails: CI must prove both providers.
/// </summary>
public static class PostgresSetting
{
    public const string Variable = "ZONEBOT_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"PostgreSQL variant: set {Variable} to a connection string (eval \"$(.ci/postgres.sh start)\" starts a local server).";

    public static string MissingInCi =>
        $"CI runs every test on PostgreSQL too, but {Variable} is not set; .ci/run starts a server and sets it.";
}
