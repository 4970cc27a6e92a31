using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// Activities as clients write them and as Direct Line clients read them: the Bot Framework's JSON, without the empty
/// fields.
/// </summary>
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    /// <summary>
    /// A body as JSON, with dates left as the text they came as, so that a timestamp keeps the offset it was sent with when
    /// the activity is read from it (parsed as a DateTime, "+08:00" would become the server's own offset). Text after the
    /// JSON is refused, as <see cref="JToken.Parse(string)"/> refuses it.
    /// </summary>
    /// <exception cref="JsonReaderException">The body is not one JSON value.</exception>
    public static JToken Parse(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
        var json = JToken.ReadFrom(reader);
        if (reader.Read())
        {
            throw new JsonReaderException("Additional text after the JSON.");
        }
        return json;
    }
}
