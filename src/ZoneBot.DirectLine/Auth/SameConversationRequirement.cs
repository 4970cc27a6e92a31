using Microsoft.AspNetCore.Authorization;

namespace ZoneBot.DirectLine.Auth;

/// <summary>A token opens its own conversation only: the route's <c>{conversationId}</c>, when it has one, must be the token's.</summary>
public sealed class SameConversationRequirement : IAuthorizationRequirement;

public sealed class SameConversationHandler : AuthorizationHandler<SameConversationRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SameConversationRequirement requirement)
    {
        if (DirectLineToken.Of(context.User) is { } token
            && context.Resource is HttpContext http
            && (http.GetRouteValue("conversationId") is not string conversationId || string.Equals(conversationId, token.ConversationId, StringComparison.Ordinal)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
