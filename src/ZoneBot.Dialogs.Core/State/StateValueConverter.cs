using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A value of dialog state whose type is not known where it is read (an <c>object</c>): strings, numbers (as long, else
/// double) and booleans as such, as the Newtonsoft reading gave them; objects and lists kept as JSON (<see cref="JsonElement"/>),
/// converted when code asks for its type (<see cref="StateValues"/>). Written as the value's own type.
/// </summary>
internal sealed class StateValueConverter : JsonConverter<object>
{
    public override bool HandleNull => false;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole : (object)reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => JsonElement.ParseValue(ref reader),
    };

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case JsonElement json:
                json.WriteTo(writer);
                break;
            default:
                var type = value.GetType();
                if (type == typeof(object))
                {
                    writer.WriteStartObject();
                    writer.WriteEndObject();
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, type, options);
                }
                break;
        }
    }

    /// <summary>A JSON value as <see cref="Read"/> gives it: a primitive as such, else the element itself.</summary>
    public static object? Natural(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var whole) ? whole : (object)json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => json,
    };
}
