namespace ZoneBot.Dialogs.Safety;

/// <summary>What an emergency message is about (fire, leak, trapped, injury, violence) and whom to call now.</summary>
/// <param name="Kinds">The kinds found, e.g. fire and injury.</param>
/// <param name="Calls">The numbers to call, each once, in the order 119, 120, 110.</param>
public sealed record Emergency(IReadOnlyList<string> Kinds, IReadOnlyList<string> Calls);
