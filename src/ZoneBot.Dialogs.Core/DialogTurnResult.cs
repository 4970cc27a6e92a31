namespace ZoneBot.Dialogs.Core;

/// <summary>What a turn of the dialog stack came to, and the result of a dialog that ended.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
