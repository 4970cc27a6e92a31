using System.Diagnostics;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// What a turn did, as tags on its span (the host traces one span per turn): which dialog ran and what the message
/// was taken for. Nothing happens when no one traces.
/// </summary>
public static class TurnTags
{
    public const string Dialog = "zonebot.dialog";
    public const string Intent = "zonebot.intent";

    /// <summary>The innermost component dialog begun or continued wins: that is the flow the user is in.</summary>
    public static void SetDialog(Dialog dialog)
    {
        if (dialog is ComponentDialog)
        {
            System.Diagnostics.Activity.Current?.SetTag(Dialog, dialog.Id);
        }
    }

    public static void SetIntent(string intent) => System.Diagnostics.Activity.Current?.SetTag(Intent, intent);
}
