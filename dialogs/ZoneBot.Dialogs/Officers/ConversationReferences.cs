using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// Conversation references as the database keeps them: JSON of the Bot Framework's ConversationReference,
/// without the id of the message it was taken from, so it changes only when the conversation does.
/// </summary>
public static class ConversationReferences
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static string Of(ITurnContext turn)
    {
        var reference = turn.Activity.GetConversationReference();
        reference.ActivityId = null;
        return JsonConvert.SerializeObject(reference, Settings);
    }

    public static ConversationReference Parse(string json) =>
        JsonConvert.DeserializeObject<ConversationReference>(json, Settings)
        ?? throw new JsonSerializationException("The stored conversation reference is empty.");
}
