using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// What an activity must look like before the Bot Framework or a dialog touches it, on /api/messages and on the
/// Direct Line alike: the fields the turn relies on are there and of the right kind, lists hold objects, ids are of a
/// sane length (an id becomes a key in several tables). Anything else is refused with a short reason (400), where
/// the SDK would have thrown deep inside the turn (500).
/// </summary>
public static class ActivityShape
{
    /// <summary>The most an activity may weigh, on /api/messages and on the Direct Line.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Longest conversation id taken (Teams' run to about 200 characters).</summary>
    public const int MaxConversationIdLength = 512;

    /// <summary>Longest activity, user or client activity id taken.</summary>
    public const int MaxIdLength = 256;

    private const int MaxUrlLength = 2048;

    private static readonly string[] ListsOfObjects = ["attachments", "entities", "membersAdded", "membersRemoved"];

    /// <summary>
    /// Why <paramref name="activity"/> cannot be taken, or null. <paramref name="addressedByChannel"/>: on /api/messages the
    /// channel says who it is from, in which conversation and where to answer; on the Direct Line the server does.
    /// </summary>
    public static string? Problem(JObject activity, bool addressedByChannel) => Problem(activity, addressedByChannel, out _);

    /// <summary>As <see cref="Problem(JObject, bool)"/>, with the <see cref="Activity"/> read from it when it can be taken (else null).</summary>
    public static string? Problem(JObject activity, bool addressedByChannel, out Activity? read)
    {
        read = null;
        if (activity["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type) || ((string)type!).Length > 64)
        {
            return "The activity has no type.";
        }
        if (addressedByChannel && AddressProblem(activity) is { } address)
        {
            return address;
        }
        if (activity["id"] is { Type: not JTokenType.Null } id && (id is not JValue { Type: JTokenType.String } || ((string?)id)!.Length > MaxIdLength))
        {
            return $"The activity's id must be a string of at most {MaxIdLength} characters.";
        }
        foreach (var name in ListsOfObjects)
        {
            if (activity[name] is { Type: not JTokenType.Null } list && (list is not JArray items || items.Any(item => item is not JObject)))
            {
                return $"\"{name}\" must be a list of objects.";
            }
        }
        if (activity["attachments"] is JArray attachments
            && attachments.Any(attachment => attachment["contentUrl"] is { Type: not JTokenType.Null } url
                && (url is not JValue { Type: JTokenType.String } || ((string?)url)!.Length > MaxUrlLength)))
        {
            return "An attachment's contentUrl must be a URL.";
        }
        if (activity["channelData"] is JObject channelData && channelData["clientActivityID"] is { Type: not JTokenType.Null } clientId
            && (clientId is not JValue { Type: JTokenType.String } || ((string?)clientId)!.Length > MaxIdLength))
        {
            return $"channelData.clientActivityID must be a string of at most {MaxIdLength} characters.";
        }
        try
        {
            read = activity.ToObject<Activity>();
        }
        catch (JsonException)
        {
            return "The body is not an activity: a field has the wrong kind of value.";
        }
        return null;
    }

    private static string? AddressProblem(JObject activity)
    {
        if (!IsString((activity["conversation"] as JObject)?["id"], MaxConversationIdLength))
        {
            return $"The activity needs conversation.id, a string of at most {MaxConversationIdLength} characters.";
        }
        if (!IsString((activity["from"] as JObject)?["id"], MaxIdLength))
        {
            return $"The activity needs from.id, a string of at most {MaxIdLength} characters.";
        }
        if (activity["recipient"] is { Type: not JTokenType.Null } recipient && recipient is not JObject)
        {
            return "recipient must be an object.";
        }
        if (activity["serviceUrl"] is not JValue { Type: JTokenType.String } serviceUrl
            || ((string?)serviceUrl)!.Length > MaxUrlLength
            || !Uri.TryCreate((string?)serviceUrl, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return "The activity needs serviceUrl, the channel's http(s) address.";
        }
        return null;
    }

    private static bool IsString(JToken? token, int maxLength) =>
        token is JValue { Type: JTokenType.String } value && ((string?)value)!.Length is > 0 and var length && length <= maxLength;
}
