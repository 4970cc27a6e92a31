using Newtonsoft.Json;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Writes a <see cref="PromptQuestion"/> as {"Text","Speak","Buttons","Attachments"} (what is null left out), and reads
/// that or a question stored before as a Bot Framework Activity ({"type":"message","text":…,"suggestedActions":{"actions":
/// [{"title":…}]},"attachments":[…],…}): names in either case, the buttons' titles (their values when untitled), every
/// other property of the Activity skipped.
/// </summary>
internal sealed class PromptQuestionNewtonsoftConverter : JsonConverter<PromptQuestion>
{
    public override void WriteJson(JsonWriter writer, PromptQuestion? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteIfSet(writer, nameof(PromptQuestion.Text), value.Text);
        WriteIfSet(writer, nameof(PromptQuestion.Speak), value.Speak);
        if (value.Buttons is { } buttons)
        {
            writer.WritePropertyName(nameof(PromptQuestion.Buttons));
            writer.WriteStartArray();
            foreach (var button in buttons)
            {
                writer.WriteValue(button);
            }
            writer.WriteEndArray();
        }
        if (value.Attachments is { } attachments)
        {
            writer.WritePropertyName(nameof(PromptQuestion.Attachments));
            writer.WriteStartArray();
            foreach (var attachment in attachments)
            {
                writer.WriteStartObject();
                WriteIfSet(writer, nameof(PromptAttachment.ContentType), attachment.ContentType);
                WriteIfSet(writer, nameof(PromptAttachment.ContentUrl), attachment.ContentUrl);
                WriteIfSet(writer, nameof(PromptAttachment.Name), attachment.Name);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    public override PromptQuestion? ReadJson(JsonReader reader, Type objectType, PromptQuestion? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }
        var question = new PromptQuestion();
        foreach (var name in Properties(reader))
        {
            switch (name.ToLowerInvariant())
            {
                case "text":
                    question.Text = reader.Value as string;
                    break;
                case "speak":
                    question.Speak = reader.Value as string;
                    break;
                case "buttons" when reader.TokenType == JsonToken.StartArray:
                    question.Buttons = [];
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        question.Buttons.Add(Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    }
                    break;
                case "suggestedactions" when reader.TokenType == JsonToken.StartObject:
                    question.Buttons = ReadSuggestedActions(reader);
                    break;
                case "attachments" when reader.TokenType == JsonToken.StartArray:
                    question.Attachments = ReadAttachments(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return question;
    }

    // The Activity's {"actions":[{"type":"imBack","title":"通过","value":"通过"}, …]}: each button's title.
    private static List<string>? ReadSuggestedActions(JsonReader reader)
    {
        List<string>? buttons = null;
        foreach (var name in Properties(reader))
        {
            if (!name.Equals("actions", StringComparison.OrdinalIgnoreCase) || reader.TokenType != JsonToken.StartArray)
            {
                reader.Skip();
                continue;
            }
            buttons = [];
            while (reader.Read() && reader.TokenType == JsonToken.StartObject)
            {
                string? title = null;
                string? value = null;
                foreach (var field in Properties(reader))
                {
                    if (field.Equals("title", StringComparison.OrdinalIgnoreCase))
                    {
                        title = reader.Value as string;
                    }
                    else if (field.Equals("value", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonToken.String)
                    {
                        value = (string)reader.Value!;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                if ((title ?? value) is { } button)
                {
                    buttons.Add(button);
                }
            }
        }
        return buttons is { Count: > 0 } ? buttons : null;
    }

    private static List<PromptAttachment>? ReadAttachments(JsonReader reader)
    {
        var attachments = new List<PromptAttachment>();
        while (reader.Read() && reader.TokenType == JsonToken.StartObject)
        {
            string? contentType = null, contentUrl = null, fileName = null;
            foreach (var name in Properties(reader))
            {
                switch (name.ToLowerInvariant())
                {
                    case "contenttype":
                        contentType = reader.Value as string;
                        break;
                    case "contenturl":
                        contentUrl = reader.Value as string;
                        break;
                    case "name":
                        fileName = reader.Value as string;
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            attachments.Add(new PromptAttachment(contentType, contentUrl, fileName));
        }
        // An Activity kept "attachments":[] for none.
        return attachments.Count > 0 ? attachments : null;
    }

    /// <summary>The names of the object the reader is at, each with the reader on its value.</summary>
    private static IEnumerable<string> Properties(JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            yield return name;
        }
    }

    private static void WriteIfSet(JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
