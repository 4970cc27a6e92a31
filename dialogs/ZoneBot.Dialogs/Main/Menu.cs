using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Main;

/// <summary>The main menu: a message with the menu words as suggested actions.</summary>
public sealed class Menu(ITextLocalizer texts)
{
    private static readonly string[] EveryoneKeys =
        ["menu.fileIssue", "menu.myTickets", "menu.findLiaison", "menu.volunteer", "menu.help"];

    public IMessageActivity Create(string locale, string text)
    {
        var labels = EveryoneKeys.Select(key => texts.Get(locale, key));
        return MessageFactory.SuggestedActions(labels, text, ssml: null, inputHint: null);
    }
}
