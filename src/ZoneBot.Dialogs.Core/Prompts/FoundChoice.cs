namespace ZoneBot.Dialogs.Core;

/// <summary>The choice a user picked: its value and its 0-based index in the list offered.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    public int Index { get; set; }
}
