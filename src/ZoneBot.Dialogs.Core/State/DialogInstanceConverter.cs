using Newtonsoft.Json;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Reads a <see cref="DialogInstance"/> with the dialog layer's own entries of its state already typed: a component's
/// inner stack as a <see cref="DialogState"/> and a waterfall's values as a dictionary. Read as JSON objects, every
/// component of the stack would convert them again on every turn (a pass over the whole stack below it).
/// Other entries are read as before: numbers, strings and booleans as such, objects and lists as JSON.
/// </summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    public override bool CanWrite => false;

    public override DialogInstance? ReadJson(JsonReader reader, Type objectType, DialogInstance? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }
        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name.Equals(nameof(DialogInstance.Id), StringComparison.OrdinalIgnoreCase))
            {
                instance.Id = reader.Value as string ?? string.Empty;
            }
            else if (name.Equals(nameof(DialogInstance.State), StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonToken.StartObject)
            {
                instance.State = ReadState(reader, serializer);
            }
            else
            {
                reader.Skip();
            }
        }
        return instance;
    }

    public override void WriteJson(JsonWriter writer, DialogInstance? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Dialog instances are written as they are.");

    private static Dictionary<string, object?> ReadState(JsonReader reader, JsonSerializer serializer)
    {
        var state = new Dictionary<string, object?>();
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var key = (string)reader.Value!;
            reader.Read();
            state[key] = (key, reader.TokenType) switch
            {
                (ComponentDialog.InnerStackKey, JsonToken.StartObject) => serializer.Deserialize<DialogState>(reader),
                (WaterfallDialog.ValuesKey, JsonToken.StartObject) => serializer.Deserialize<Dictionary<string, object?>>(reader),
                _ => serializer.Deserialize(reader),
            };
        }
        return state;
    }
}
