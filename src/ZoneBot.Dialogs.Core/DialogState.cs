namespace ZoneBot.Dialogs.Core;

/// <summary>The dialog stack of a conversation, as kept in conversation state. The active dialog is at index 0.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
