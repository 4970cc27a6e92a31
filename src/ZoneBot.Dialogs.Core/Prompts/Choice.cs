using System.Text.Json.Serialization;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// One option of a <see cref="ChoicePrompt"/>: its value, the other words that mean it, and its button's title. It is
/// saved in the prompt's state on every turn the prompt waits, so words that live in the bot's word lists are named by
/// <see cref="Words"/>, and <see cref="Synonyms"/> holds only what belongs to this one question (a firm's short name).
/// </summary>
public sealed class Choice
{
    public Choice()
    {
    }

    /// <summary>A choice and its own synonyms; one that is the value itself adds nothing and is left out.</summary>
    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms.Where(synonym => synonym != value)];
    }

    /// <summary>What the prompt returns, and the button's text unless <see cref="ActionTitle"/> is set.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Other words for this choice that no word list has. State written before <see cref="Words"/> holds them all.</summary>
    [JsonIgnore]
    public List<string> Synonyms { get; set; } = [];

    // Synonyms in the state, left out when there are none (most choices now): a choice is saved on every turn its prompt waits.
    [JsonInclude]
    [JsonPropertyName(nameof(Synonyms))]
    internal List<string>? StoredSynonyms
    {
        get => Synonyms.Count > 0 ? Synonyms : null;
        set => Synonyms = value ?? [];
    }

    /// <summary>The button's title, when it should differ from <see cref="Value"/>; typing it also selects the choice.</summary>
    public string? ActionTitle { get; set; }

    /// <summary>The keys of the word lists whose words also mean this choice, read through the prompt's <see cref="IChoiceWords"/>.</summary>
    public List<string>? Words { get; set; }
}
