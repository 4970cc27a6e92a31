namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A prompt's question as its state keeps it: what the prompts send, and nothing else (a Bot Framework Activity before,
/// with some 45 properties to write and read on every turn of a prompt). Sending builds the message from it
/// (<see cref="PromptQuestionMessages"/>); the input hint is the prompt's own (expecting input), so it is not kept.
/// A question stored as an Activity reads back into this type with the same text, speech, buttons and attachments.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PromptQuestionConverter))]
public sealed class PromptQuestion
{
    public PromptQuestion()
    {
    }

    /// <param name="text">The question.</param>
    /// <param name="buttons">Buttons offered with it; tapping one sends its text.</param>
    public PromptQuestion(string text, params IEnumerable<string> buttons)
    {
        Text = text;
        var titles = buttons.ToList();
        Buttons = titles.Count > 0 ? titles : null;
    }

    public string? Text { get; set; }

    /// <summary>What a speaking channel says instead of <see cref="Text"/> (SSML); none when null.</summary>
    public string? Speak { get; set; }

    /// <summary>The buttons' texts, each sent back as typed when tapped; none when null.</summary>
    public List<string>? Buttons { get; set; }

    /// <summary>Files shown with the question (photos of a rectification to review); none when null.</summary>
    public List<PromptAttachment>? Attachments { get; set; }
}

/// <summary>A file shown with a <see cref="PromptQuestion"/>: its media type, where it is, and its file name.</summary>
public sealed record PromptAttachment(string? ContentType, string? ContentUrl, string? Name);
