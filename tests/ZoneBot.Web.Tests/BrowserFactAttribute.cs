namespace ZoneBot.Web.Tests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is missing it is skipped, and says why and how to get it; CI
/// (ZONEBOT_REQUIRE_BROWSER=1, set by .ci/run after .ci/browser.sh installed it) runs it always, so a missing
/// browser there fails instead of passing unseen.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("ZONEBOT_REQUIRE_BROWSER") != "1")
        {
            Skip = $"No browser at {Chromium}: install Debian's Chromium and a Chinese font to run it " +
                   "(apt-get install -y chromium fonts-wqy-zenhei, or bash .ci/browser.sh).";
        }
    }
}
