using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// Activities as clients write them and as Direct Line clients read them: the Bot Framework's JSON, without the empty
/// fields.
/// </summary>
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    // Dates are read as the text they came as and converted by the property that holds them, so that a timestamp keeps
    // the offset it was sent with (read as a DateTime first, "+08:00" would become the server's own offset).
    private static readonly Newtonsoft.Json.JsonSerializer Reader = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    /// <summary>
    /// A body as a JSON document, to check its shape (<see cref="ActivityShape"/>) before anything is read from it: one
    /// JSON value in strict JSON, nothing after it. Nothing is made of it but the document, which the caller disposes.
    /// </summary>
    /// <exception cref="System.Text.Json.JsonException">The body is not one JSON value.</exception>
    public static JsonDocument Parse(string body) => JsonDocument.Parse(body);

    /// <summary>The activity of a body whose shape was checked, read in one pass.</summary>
    /// <exception cref="Newtonsoft.Json.JsonException">A field has a value of the wrong kind for the activity's type.</exception>
    public static Activity? ToActivity(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body));
        return Reader.Deserialize<Activity>(reader);
    }
}
