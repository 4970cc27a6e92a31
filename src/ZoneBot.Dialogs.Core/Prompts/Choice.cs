namespace ZoneBot.Dialogs.Core;

/// <summary>One option of a <see cref="ChoicePrompt"/>: its value, the other words that mean it, and its button's title.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    /// <summary>What the prompt returns, and the button's text unless <see cref="ActionTitle"/> is set.</summary>
    public string Value { get; set; } = string.Empty;

    public List<string> Synonyms { get; set; } = [];

    /// <summary>The button's title, when it should differ from <see cref="Value"/>; typing it also selects the choice.</summary>
    public string? ActionTitle { get; set; }
}
