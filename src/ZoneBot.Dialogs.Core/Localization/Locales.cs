namespace ZoneBot.Dialogs.Core;

/// <summary>The two languages ZoneBot speaks. Chinese unless the channel says English.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    /// <summary>en-US for any locale starting with "en" (any case), zh-CN for everything else, missing included.</summary>
    public static string Resolve(string? activityLocale) =>
        activityLocale is not null && activityLocale.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? English
            : Chinese;
}
