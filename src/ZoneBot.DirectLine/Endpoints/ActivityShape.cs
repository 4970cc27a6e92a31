using Microsoft.Bot.Schema;
using System.Text.Json;

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
    public static string? Problem(JsonElement activity, bool addressedByChannel)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (an activity).";
        }
        if (Text(Property(activity, "type")) is not { Length: <= 64 } type || string.IsNullOrWhiteSpace(type))
        {
            return "The activity has no type.";
        }
        if (addressedByChannel && AddressProblem(activity) is { } address)
        {
            return address;
        }
        if (!IsAbsentOrString(Property(activity, "id"), MaxIdLength))
        {
            return $"The activity's id must be a string of at most {MaxIdLength} characters.";
        }
        foreach (var name in ListsOfObjects)
        {
            if (Property(activity, name) is var list && IsSet(list)
                && (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object)))
            {
                return $"\"{name}\" must be a list of objects.";
            }
        }
        if (Property(activity, "attachments") is { ValueKind: JsonValueKind.Array } attachments
            && attachments.EnumerateArray().Any(attachment => !IsAbsentOrString(Property(attachment, "contentUrl"), MaxUrlLength)))
        {
            return "An attachment's contentUrl must be a URL.";
        }
        if (Property(activity, "channelData") is { ValueKind: JsonValueKind.Object } channelData
            && !IsAbsentOrString(Property(channelData, "clientActivityID"), MaxIdLength))
        {
            return $"channelData.clientActivityID must be a string of at most {MaxIdLength} characters.";
        }
        return null;
    }

    /// <summary>
    /// As <see cref="Problem(JsonElement, bool)"/> for <paramref name="activity"/>, the document of <paramref name="body"/>,
    /// with the <see cref="Activity"/> read from the body when it can be taken (else null).
    /// </summary>
    public static string? Problem(string body, JsonElement activity, bool addressedByChannel, out Activity? read)
    {
        read = null;
        if (Problem(activity, addressedByChannel) is { } problem)
        {
            return problem;
        }
        try
        {
            read = ActivityJson.ToActivity(body);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return "The body is not an activity: a field has the wrong kind of value.";
        }
        return null;
    }

    private static string? AddressProblem(JsonElement activity)
    {
        if (!IsString(Property(Property(activity, "conversation"), "id"), MaxConversationIdLength))
        {
            return $"The activity needs conversation.id, a string of at most {MaxConversationIdLength} characters.";
        }
        if (!IsString(Property(Property(activity, "from"), "id"), MaxIdLength))
        {
            return $"The activity needs from.id, a string of at most {MaxIdLength} characters.";
        }
        if (Property(activity, "recipient") is var recipient && IsSet(recipient) && recipient.ValueKind != JsonValueKind.Object)
        {
            return "recipient must be an object.";
        }
        var serviceUrl = Property(activity, "serviceUrl");
        if (!IsString(serviceUrl, MaxUrlLength)
            || !Uri.TryCreate(Text(serviceUrl), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return "The activity needs serviceUrl, the channel's http(s) address.";
        }
        return null;
    }

    /// <summary>The property <paramref name="name"/> of an object; an undefined element when absent or not an object.</summary>
    public static JsonElement Property(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    // Present and not null.
    private static bool IsSet(JsonElement json) => json.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    // An optional text: absent, null, or a string (empty too) of at most maxLength characters.
    private static bool IsAbsentOrString(JsonElement json, int maxLength) => !IsSet(json) || IsString(json, maxLength, allowEmpty: true);

    private static bool IsString(JsonElement json, int maxLength, bool allowEmpty = false) =>
        Text(json) is { Length: var length } && (allowEmpty || length > 0) && length <= maxLength;

    // A string's text; null for any other value, and for a string that is no text (an escaped half of a surrogate pair).
    private static string? Text(JsonElement json)
    {
        try
        {
            return json.ValueKind == JsonValueKind.String ? json.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
