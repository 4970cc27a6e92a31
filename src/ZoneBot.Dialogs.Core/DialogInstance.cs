namespace ZoneBot.Dialogs.Core;

/// <summary>One entry of a dialog stack: which dialog runs, and the state it keeps between turns.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// The dialog's own state. Saved with the conversation, so values must stay simple
    /// (strings, numbers, bools, dates, lists and dictionaries of those, small POCOs).
    /// </summary>
    public Dictionary<string, object?> State { get; set; } = [];
}
