namespace ZoneBot.Host.DirectLine;

public static class DirectLineServices
{
    /// <summary>ZoneBot's own Direct Line: its settings, tokens, and the two ways between clients and the bot.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLinePublicAddress>();
        services.AddSingleton<DirectLineDelivery>();
        services.AddSingleton<DirectLineTurns>();
        return services;
    }
}
