using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Writes a <see cref="PromptQuestion"/> as {"Text","Speak","Buttons","Attachments"} (what is null left out), and reads
/// that or a question stored before as a Bot Framework Activity ({"type":"message","text":…,"suggestedActions":{"actions":
/// [{"title":…}]},"attachments":[…],…}): names in either case, the buttons' titles (their values when untitled), every
/// other property of the Activity skipped.
/// </summary>
internal sealed class PromptQuestionConverter : JsonConverter<PromptQuestion>
{
    public override void Write(Utf8JsonWriter writer, PromptQuestion value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, nameof(PromptQuestion.Text), value.Text);
        WriteIfSet(writer, nameof(PromptQuestion.Speak), value.Speak);
        if (value.Buttons is { } buttons)
        {
            writer.WriteStartArray(nameof(PromptQuestion.Buttons));
            foreach (var button in buttons)
            {
                writer.WriteStringValue(button);
            }
            writer.WriteEndArray();
        }
        if (value.Attachments is { } attachments)
        {
            writer.WriteStartArray(nameof(PromptQuestion.Attachments));
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

    public override PromptQuestion? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A prompt's question is an object, not a {reader.TokenType}.");
        }
        var question = new PromptQuestion();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "text":
                    question.Text = StringOrNull(ref reader);
                    break;
                case "speak":
                    question.Speak = StringOrNull(ref reader);
                    break;
                case "buttons" when reader.TokenType == JsonTokenType.StartArray:
                    question.Buttons = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        question.Buttons.Add(StringOrNull(ref reader) ?? string.Empty);
                    }
                    break;
                case "suggestedactions" when reader.TokenType == JsonTokenType.StartObject:
                    question.Buttons = ReadSuggestedActions(ref reader);
                    break;
                case "attachments" when reader.TokenType == JsonTokenType.StartArray:
                    question.Attachments = ReadAttachments(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return question;
    }

    // The Activity's {"actions":[{"type":"imBack","title":…,"value":…}, …]}: each button's title.
    private static List<string>? ReadSuggestedActions(ref Utf8JsonReader reader)
    {
        List<string>? buttons = null;
        while (NextProperty(ref reader, out var name))
        {
            if (name != "actions" || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            buttons = [];
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? title = null, value = null;
                while (NextProperty(ref reader, out var field))
                {
                    if (field == "title")
                    {
                        title = StringOrNull(ref reader);
                    }
                    else if (field == "value" && reader.TokenType == JsonTokenType.String)
                    {
                        value = reader.GetString();
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

    private static List<PromptAttachment>? ReadAttachments(ref Utf8JsonReader reader)
    {
        var attachments = new List<PromptAttachment>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? contentType = null, contentUrl = null, fileName = null;
            while (NextProperty(ref reader, out var name))
            {
                switch (name)
                {
                    case "contenttype":
                        contentType = StringOrNull(ref reader);
                        break;
                    case "contenturl":
                        contentUrl = StringOrNull(ref reader);
                        break;
                    case "name":
                        fileName = StringOrNull(ref reader);
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

    /// <summary>Moves to the next property of the object the reader is in, its name in lower case, the reader on its value.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            name = string.Empty;
            return false;
        }
        name = reader.GetString()!.ToLowerInvariant();
        reader.Read();
        return true;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }
        reader.Skip();
        return null;
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
