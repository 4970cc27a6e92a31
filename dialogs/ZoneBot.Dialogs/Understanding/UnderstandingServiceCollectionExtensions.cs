using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Dialogs.Understanding.Recognizers;
using ZoneBot.Dialogs.Volunteers;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>The recognizers, in the order they read a message, and the reader that runs them.</summary>
    public static IServiceCollection AddZoneBotUnderstanding(this IServiceCollection services)
    {
        services.AddSingleton<EntityWords>();
        services.AddSingleton(provider => provider.GetRequiredService<EntityWords>().SoundAlike);
        services.AddSingleton<PersonPatterns>();
        services.AddSingleton<PhoneRecognizer>();
        services.AddSingleton<ContactRecognizer>();
        services.AddSingleton<PersonNameRecognizer>();
        services.AddSingleton<UrgencyRecognizer>();
        services.AddSingleton<LocationRecognizer>();
        services.AddSingleton<VisitTimeRecognizer>();
        services.AddSingleton<CategoryRecognizer>();
        services.AddSingleton<ProblemRecognizer>();
        services.AddSingleton<FirmRecognizer>();
        services.AddSingleton<TeamMention>();
        services.AddSingleton<TeamRecognizer>();
        services.AddSingleton<AvailabilityReader>();
        services.AddSingleton<AvailabilityRecognizer>();
        services.AddSingleton(provider => new MessageReader(
            [
                provider.GetRequiredService<PhoneRecognizer>(),
                provider.GetRequiredService<ContactRecognizer>(),
                provider.GetRequiredService<PersonNameRecognizer>(),
                provider.GetRequiredService<UrgencyRecognizer>(),
                provider.GetRequiredService<LocationRecognizer>(),
                provider.GetRequiredService<VisitTimeRecognizer>(),
                provider.GetRequiredService<CategoryRecognizer>(),
                provider.GetRequiredService<ProblemRecognizer>(),
                provider.GetRequiredService<FirmRecognizer>(),
                provider.GetRequiredService<TeamRecognizer>(),
                provider.GetRequiredService<AvailabilityRecognizer>(),
            ],
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
