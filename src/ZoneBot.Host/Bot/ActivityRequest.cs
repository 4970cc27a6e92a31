using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Host.Bot;

/// <summary>
/// Checks a POST /api/messages body before the adapter sees it, so that malformed input gets a 400
/// that says what is wrong instead of an exception deep in the SDK.
/// </summary>
public static class ActivityRequest
{
    private const int MaxBodyBytes = 256 * 1024;

    /// <returns>null when the body is a JSON object with a type; otherwise why it is not.</returns>
    public static async Task<string?> FindProblemAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return "The activity is too large.";
        }
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(ct);
        request.Body.Position = 0;
        if (string.IsNullOrWhiteSpace(body))
        {
            return "The body is empty; an activity is expected.";
        }
        if (body.Length > MaxBodyBytes)
        {
            return "The activity is too large.";
        }
        JToken json;
        try
        {
            json = JToken.Parse(body);
        }
        catch (JsonReaderException)
        {
            return "The body is not valid JSON.";
        }
        if (json is not JObject activity)
        {
            return "The body must be a JSON object (an activity).";
        }
        if (activity["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
        {
            return "The activity has no type.";
        }
        if (activity["conversation"]?["id"] is not JValue { Type: JTokenType.String })
        {
            return "The activity has no conversation id.";
        }
        return null;
    }
}
