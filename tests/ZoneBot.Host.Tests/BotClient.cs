using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ZoneBot.Host.Tests;

/// <summary>
/// Posts activities to /api/messages with deliveryMode expectReplies, so the bot's replies come back in
/// the HTTP response: the real endpoint, with no channel service needed.
/// </summary>
public sealed class BotClient(HttpClient http)
{
    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
    {
        var response = await http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
    }

    public Task<IReadOnlyList<JsonObject>> SayAsync(string conversationId, string text, string locale = "zh-CN") =>
        SendAsync(Activity("message", conversationId, locale, text));

    public Task<IReadOnlyList<JsonObject>> JoinAsync(string conversationId, string locale = "zh-CN")
    {
        var activity = Activity("conversationUpdate", conversationId, locale);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-" + conversationId });
        return SendAsync(activity);
    }

    public static JsonObject Activity(string type, string conversationId, string locale, string? text = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "http://localhost",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["name"] = "用户" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "ZoneBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }
        return activity;
    }

    public static string Texts(IEnumerable<JsonObject> replies) =>
        string.Join("\n", replies.Select(reply => (string?)reply["text"]).Where(text => text is not null));

    public static IReadOnlyList<string> SuggestedActions(IEnumerable<JsonObject> replies) =>
        replies.SelectMany(reply => reply["suggestedActions"]?["actions"]?.AsArray() ?? [])
            .Select(action => (string?)action!["title"] ?? string.Empty)
            .ToList();
}
