namespace ZoneBot.Data.Tests.Demo;

/// <summary>A fact that runs only when ZONEBOT_REGENERATE_DEMO=1, so a normal test run never
/// rewrites files in the source tree.</summary>
public sealed class RegenerateDemoDataFactAttribute : FactAttribute
{
    public const string Variable = "ZONEBOT_REGENERATE_DEMO";

    public RegenerateDemoDataFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Rewrites src/ZoneBot.Data/Demo/*.csv; set {Variable}=1 to run.";
        }
    }
}
