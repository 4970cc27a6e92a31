namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The result of a turn whose prompt ran out of attempts (status Cancelled): the bot above can tell it
/// from a user's cancel and show its menu.
/// </summary>
public sealed class PromptGaveUp
{
    private PromptGaveUp()
    {
    }

    public static PromptGaveUp Instance { get; } = new();

    public override string ToString() => nameof(PromptGaveUp);
}
