using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ZoneBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (from the bound <see cref="DatabaseOptions"/>) and the stores over it.</summary>
    public static IServiceCollection AddZoneBotData(this IServiceCollection services)
    {
        services.AddSingleton(provider => new Database(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<FirmDirectory>();
        services.AddSingleton<FirmUserLinks>();
        services.AddSingleton<GridContacts>();
        services.AddSingleton<CommunityOffices>();
        services.AddSingleton<ProcessedActivities>();
        services.AddSingleton<VolunteerTeams>();
        services.AddSingleton<VolunteerSignUps>();
        services.AddSingleton<VolunteerMemberships>();
        services.AddSingleton<VolunteerRoster>();
        return services;
    }
}
