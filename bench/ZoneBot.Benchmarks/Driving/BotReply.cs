using System.Text.Json;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>The bot's replies to one turn: their texts joined by new lines, and the titles of their suggested actions.</summary>
public sealed record BotReply(string Text, IReadOnlyList<string> Buttons)
{
    /// <summary>From an expectReplies response body: <c>{"activities": [...]}</c>.</summary>
    public static BotReply From(JsonElement body)
    {
        var texts = new List<string>();
        var buttons = new List<string>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }
                if (activity.TryGetProperty("suggestedActions", out var suggested) && suggested.ValueKind == JsonValueKind.Object
                    && suggested.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array)
                {
                    buttons.AddRange(actions.EnumerateArray()
                        .Select(action => action.TryGetProperty("title", out var title) ? title.GetString() ?? string.Empty : string.Empty));
                }
            }
        }
        return new BotReply(string.Join("\n", texts), buttons);
    }
}
