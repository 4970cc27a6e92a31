using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZoneBot.DirectLine.Auth;
using ZoneBot.DirectLine.Storage;
using ZoneBot.DirectLine.Turns;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// ZoneBot's own Direct Line 3.0, the subset that Web Chat and botframework-directlinejs use when polling:
/// tokens, starting a conversation, posting activities (and files), reading them after a watermark.
/// Every call but token generation and file downloads needs a token (the <see cref="DirectLineAuthentication"/>
/// scheme), and a token opens one conversation only.
/// </summary>
public static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(DirectLineChannel.BasePath).RequireAuthorization(DirectLineAuthentication.Policy);
        api.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync).AllowAnonymous();
        api.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostAsync);
        api.MapGet("/conversations/{conversationId}/activities", ReadAsync);
        api.MapPost("/conversations/{conversationId}/upload", UploadEndpoints.UploadAsync);
        api.MapGet("/attachments/{attachmentId}", UploadEndpoints.DownloadAsync).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// POST /conversations: starts the token's conversation (201; the bot greets the user) or, when it has started
    /// already, answers 200 with the same conversation, whose history the client then reads from the start.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpRequest request, ClaimsPrincipal user, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineTurns turns,
        DirectLinePublicAddress address, CancellationToken ct)
    {
        var token = DirectLineToken.Of(user)!;
        var body = await DirectLineRequest.ReadBodyAsync(request, DirectLineRequest.MaxSmallBodyBytes, ct);
        if (body is null)
        {
            return DirectLineRequest.TooLarge(DirectLineRequest.MaxSmallBodyBytes);
        }
        if (!TryReadLocale(body, out var locale))
        {
            return DirectLineRequest.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be empty or a JSON object.");
        }
        if (await conversations.FindAsync(token.ConversationId, ct) is not { } conversation)
        {
            return ConversationGone();
        }
        var started = await turns.StartAsync(conversation, DirectLineTurns.LocaleOrNull(locale), address.ServiceUrl);
        var answer = ConversationAnswer(token, DirectLineRequest.BearerOf(request)!, tokens);
        return started ? Results.Json(answer, statusCode: StatusCodes.Status201Created) : Results.Json(answer);
    }

    /// <summary>GET /conversations/{id}: how a client that knows its conversation reconnects to it.</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, HttpRequest request, ClaimsPrincipal user, DirectLineTokens tokens, DirectLineConversations conversations,
        CancellationToken ct)
    {
        var token = DirectLineToken.Of(user)!;
        return await conversations.FindAsync(conversationId, ct) is null
            ? ConversationGone()
            : Results.Json(ConversationAnswer(token, DirectLineRequest.BearerOf(request)!, tokens));
    }

    /// <summary>POST /conversations/{id}/activities: the client's message, from the token's user whatever it says; answers its server id.</summary>
    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineTurns turns,
        DirectLinePublicAddress address, CancellationToken ct)
    {
        var body = await DirectLineRequest.ReadBodyAsync(request, ActivityShape.MaxActivityBytes, ct);
        if (body is null)
        {
            return DirectLineRequest.TooLarge(ActivityShape.MaxActivityBytes);
        }
        if (ParseActivity(body, out var problem) is not { } activity)
        {
            return DirectLineRequest.Error(StatusCodes.Status400BadRequest, "BadArgument", problem);
        }
        if (await conversations.FindAsync(conversationId, ct) is not { } conversation)
        {
            return ConversationGone();
        }
        if (activity.Type == ActivityTypes.Typing)
        {
            // Nothing to keep or to answer: the bot does not care that the user is typing.
            return Results.Json(new { id = string.Empty });
        }
        activity.Attachments = UploadEndpoints.OwnOrInline(activity.Attachments, address);
        return Results.Json(new { id = await turns.PostAsync(conversation, activity, address.ServiceUrl) });
    }

    /// <summary>GET /conversations/{id}/activities?watermark=n: the activities after n, oldest first, and the new watermark.</summary>
    private static async Task<IResult> ReadAsync(
        string conversationId, string? watermark, DirectLineConversations conversations, DirectLineActivities log, CancellationToken ct)
    {
        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return DirectLineRequest.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this server gave.");
        }
        if (await conversations.FindAsync(conversationId, ct) is null)
        {
            return ConversationGone();
        }
        var activities = await log.ListAfterAsync(conversationId, after, ct);
        var set = new JObject
        {
            ["activities"] = new JArray(activities.Select(activity => new JRaw(activity.Json))),
            ["watermark"] = (activities.Count > 0 ? activities[^1].Sequence : after).ToString(CultureInfo.InvariantCulture),
        };
        return Results.Text(set.ToString(Formatting.None), "application/json; charset=utf-8");
    }

    internal static object ConversationAnswer(DirectLineToken token, string tokenText, DirectLineTokens tokens) => new
    {
        conversationId = token.ConversationId,
        token = tokenText,
        expires_in = tokens.SecondsLeft(token),
    };

    /// <summary>An activity a client may send; null for anything else (not JSON, not an object, malformed, another type), and why.</summary>
    internal static Activity? ParseActivity(string body, out string problem)
    {
        problem = "The body must be an activity of type message, event or typing.";
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        JsonDocument json;
        try
        {
            json = ActivityJson.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (ActivityShape.Problem(body, json.RootElement, addressedByChannel: false, out var activity) is { } shape)
            {
                problem = shape;
                return null;
            }
            return activity?.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing ? activity : null;
        }
    }

    // A start's body: empty, or an object that may name the user's locale.
    private static bool TryReadLocale(string body, out string? locale)
    {
        locale = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return true;
        }
        try
        {
            using var json = ActivityJson.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            locale = ActivityShape.Property(json.RootElement, "locale") is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static IResult ConversationGone() =>
        DirectLineRequest.Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation does not exist (any more); ask for a new token.");
}
