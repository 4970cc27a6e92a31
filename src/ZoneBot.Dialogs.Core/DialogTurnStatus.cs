namespace ZoneBot.Dialogs.Core;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; see the result.</summary>
    Complete,

    /// <summary>The stack was cancelled (the user's cancel or restart, or a prompt that gave up).</summary>
    Cancelled,
}
