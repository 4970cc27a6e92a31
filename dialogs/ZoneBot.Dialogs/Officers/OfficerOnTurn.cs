using Microsoft.Bot.Builder;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>Which officer (if any) sent this turn's message: looked up once per turn, read by the menu and the routing.</summary>
public static class OfficerOnTurn
{
    private const string Key = "ZoneBot.Officer";

    public static void Set(ITurnContext turn, Officer? officer) => turn.TurnState[Key] = officer;

    public static Officer? Get(ITurnContext turn) => turn.TurnState.Get<Officer>(Key);
}
