using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using System.Security.Claims;
using ZoneBot.DirectLine.Auth;
using ZoneBot.DirectLine.Storage;
using ZoneBot.DirectLine.Turns;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// Tokens for the chat page, which has no secret to show: anyone may ask for one, and the server chooses who they
/// are. The user id is remembered in a protected, HTTP-only cookie (<see cref="DirectLineUserCookie"/>), so that a browser
/// stays the same user (its firm, its tickets) and may pick its own earlier conversation up again after the token ran out.
/// </summary>
public static class TokenEndpoints
{
    /// <summary>
    /// POST /tokens/generate: a token for a new conversation, or for the caller's earlier one (body
    /// <c>{"conversationId": "..."}</c>, which must belong to the cookie's user: 403 otherwise, 404 when it is gone).
    /// </summary>
    public static async Task<IResult> GenerateAsync(
        HttpContext http, DirectLineTokens tokens, DirectLineUserCookie userCookie, DirectLineConversations conversations, CancellationToken ct)
    {
        var body = await DirectLineRequest.ReadBodyAsync(http.Request, DirectLineRequest.MaxSmallBodyBytes, ct);
        if (body is null)
        {
            return DirectLineRequest.TooLarge(DirectLineRequest.MaxSmallBodyBytes);
        }
        JObject? json = null;
        try
        {
            json = string.IsNullOrWhiteSpace(body) ? null : JToken.Parse(body) as JObject ?? throw new JsonReaderException();
        }
        catch (JsonException)
        {
            return DirectLineRequest.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be empty or a JSON object.");
        }

        var userId = userCookie.Read(http.Request.Cookies[DirectLineUserCookie.Name]) ?? DirectLineChannel.NewUserId();
        string conversationId;
        if (json?["conversationId"] is JValue { Type: JTokenType.String } earlier)
        {
            conversationId = (string)earlier!;
            var conversation = await conversations.FindAsync(conversationId, ct);
            if (conversation is null)
            {
                return DirectLineRequest.Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation does not exist (any more).");
            }
            if (conversation.UserId != userId)
            {
                return DirectLineRequest.Error(StatusCodes.Status403Forbidden, "Forbidden", "The conversation belongs to another user.");
            }
        }
        else
        {
            conversationId = DirectLineChannel.NewConversationId();
            await conversations.CreateAsync(conversationId, userId, DirectLineTurns.LocaleOrNull((string?)json?["locale"]), ct);
        }

        http.Response.Cookies.Append(DirectLineUserCookie.Name, userCookie.Protect(userId), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = DirectLineChannel.BasePath + "/tokens",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return Answer(tokens, userId, conversationId);
    }

    /// <summary>POST /tokens/refresh: the same user and conversation, for another lifetime; only while the token is still valid.</summary>
    public static IResult Refresh(ClaimsPrincipal user, DirectLineTokens tokens)
    {
        var token = DirectLineToken.Of(user)!;
        return Answer(tokens, token.UserId, token.ConversationId);
    }

    private static IResult Answer(DirectLineTokens tokens, string userId, string conversationId) => Results.Json(new
    {
        conversationId,
        token = tokens.Issue(userId, conversationId),
        expires_in = (int)tokens.Lifetime.TotalSeconds,
    });
}
