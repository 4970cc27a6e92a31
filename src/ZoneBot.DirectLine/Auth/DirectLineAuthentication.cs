using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ZoneBot.DirectLine.Auth;

/// <summary>
/// The Direct Line's ASP.NET Core authentication scheme and authorization policy: a bearer token from
/// <see cref="DirectLineTokens"/> is the caller, and a route's <c>{conversationId}</c> must be the token's conversation.
/// </summary>
public static class DirectLineAuthentication
{
    public const string Scheme = "DirectLine";

    /// <summary>The policy of every Direct Line endpoint but token generation and file downloads.</summary>
    public const string Policy = "DirectLine";

    internal static IServiceCollection AddDirectLineAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, DirectLineAuthenticationHandler>(Scheme, _ => { });
        services.AddSingleton<IAuthorizationHandler, SameConversationHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new SameConversationRequirement()));
        return services;
    }
}
