namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A message that is not an answer but a request about the conversation itself. Cancel and Restart are
/// also the <see cref="DialogTurnResult.Result"/> of the Cancelled turn they cause.
/// </summary>
public enum Interruption
{
    None,
    Cancel,
    Help,
    Restart,
}
