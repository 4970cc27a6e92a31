using ZoneBot.Host.Telemetry;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The one composition root. The web host and every verb start from the generic host's builder, so they read their
/// settings the same way and in the same order: appsettings.json, appsettings.{Environment}.json, user secrets (in
/// Development), environment variables, the command line; each later one wins. The services are
/// <see cref="ZoneBotServices.AddZoneBot"/> for both; the web host adds its HTTP side on top.
/// </summary>
public static class ZoneBotHost
{
    /// <summary>For the verbs: the settings and services, no server.</summary>
    public static HostApplicationBuilder CreateConsoleBuilder(string[] args)
    {
        // The web host also takes its environment from ASPNETCORE_ENVIRONMENT (set by `dotnet run`'s launch profile);
        // the verbs read it too, beneath DOTNET_ENVIRONMENT and --environment, which the builder adds after it.
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ApplicationName = ApplicationName,
            ContentRootPath = AppContext.BaseDirectory,
            Configuration = configuration,
        });
        // As strict as before the generic host: a missing registration fails at once, in every environment.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true }));
        AddServices(builder);
        return builder;
    }

    /// <summary>For the web host: the same settings and services, and the HTTP server.</summary>
    public static WebApplicationBuilder CreateWebBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = ApplicationName,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddServices(builder);
        return builder;
    }

    // The settings are the repository's root appsettings.json, which the build copies beside the executable; the
    // application's name is this assembly's, whose UserSecretsId the Development environment reads.
    private static string ApplicationName => typeof(ZoneBotHost).Assembly.GetName().Name!;

    private static void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddZoneBot(builder.Configuration);
        builder.AddZoneBotTelemetry();
    }
}
