using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Writes a Newtonsoft <see cref="JToken"/> a dialog put in state (an activity's value or channel data) as the JSON it is,
/// and reads one back as such.
/// </summary>
internal sealed class NewtonsoftTokenConverter : JsonConverter<JToken>
{
    public override bool CanConvert(Type typeToConvert) => typeof(JToken).IsAssignableFrom(typeToConvert);

    public override JToken? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var json = JsonDocument.ParseValue(ref reader);
        // Dates stay the text they are (Newtonsoft would parse them into DateTimes).
        using var text = new Newtonsoft.Json.JsonTextReader(new StringReader(json.RootElement.GetRawText())) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        var token = JToken.ReadFrom(text);
        return typeToConvert.IsInstanceOfType(token) ? token : throw new JsonException($"A {token.Type} is not a {typeToConvert.Name}.");
    }

    public override void Write(Utf8JsonWriter writer, JToken value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString(Newtonsoft.Json.Formatting.None), skipInputValidation: false);
}
