using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Turns;

/// <summary>
/// Where this turn's message came from (the client's IP address), as the host saw the HTTP request; the
/// host sets it, the dialogs hand it to the stores as a plain string to limit code guessing per address.
/// Null where there is no network (the terminal chat, tests that do not set it).
/// </summary>
public static class ClientAddress
{
    private const string Key = "ZoneBot.ClientAddress";

    public static void Set(ITurnContext turn, string? address) => turn.TurnState[Key] = address;

    public static string? Of(ITurnContext turn) => turn.TurnState.Get<string>(Key);
}
