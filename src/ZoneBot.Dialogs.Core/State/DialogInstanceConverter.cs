using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Reads a <see cref="DialogInstance"/> with the dialog layer's own entries of its state already typed: a component's
/// inner stack as a <see cref="DialogState"/> and a waterfall's values as a dictionary. Read as JSON, every component
/// of the stack would convert them again on every turn (a pass over the whole stack below it).
/// Other entries are read as <see cref="StateValueConverter"/> reads them: primitives as such, objects and lists as JSON.
/// </summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    public override DialogInstance? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A dialog instance is an object, not a {reader.TokenType}.");
        }
        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(nameof(DialogInstance.Id)) || reader.ValueTextEquals("id");
            var isState = reader.ValueTextEquals(nameof(DialogInstance.State)) || reader.ValueTextEquals("state");
            reader.Read();
            if (isId)
            {
                instance.Id = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
            }
            else if (isState && reader.TokenType == JsonTokenType.StartObject)
            {
                instance.State = ReadState(ref reader, options);
            }
            else
            {
                reader.Skip();
            }
        }
        return instance;
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(DialogInstance.Id), value.Id);
        writer.WritePropertyName(nameof(DialogInstance.State));
        JsonSerializer.Serialize(writer, value.State, Dictionary(options));
        writer.WriteEndObject();
    }

    private static Dictionary<string, object?> ReadState(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var state = new Dictionary<string, object?>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            state[key] = (key, reader.TokenType) switch
            {
                (ComponentDialog.InnerStackKey, JsonTokenType.StartObject) => JsonSerializer.Deserialize(ref reader, TypeInfo<DialogState>(options)),
                (WaterfallDialog.ValuesKey, JsonTokenType.StartObject) => JsonSerializer.Deserialize(ref reader, Dictionary(options)),
                (_, JsonTokenType.Null) => null,
                _ => JsonSerializer.Deserialize(ref reader, TypeInfo<object>(options)),
            };
        }
        return state;
    }

    private static JsonTypeInfo<Dictionary<string, object?>> Dictionary(JsonSerializerOptions options) =>
        TypeInfo<Dictionary<string, object?>>(options);

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
