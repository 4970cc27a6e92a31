using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>Activities as Direct Line clients read them: the Bot Framework's JSON, without the empty fields.</summary>
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);
}
