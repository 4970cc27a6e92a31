using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Officers;

namespace ZoneBot.Dialogs.Main;

/// <summary>The main menu: a message with the menu words as suggested actions. Officers also see 我的待办, first.</summary>
public sealed class Menu(ITextLocalizer texts)
{
    private static readonly string[] EveryoneKeys =
        ["menu.fileIssue", "menu.myTickets", "menu.findLiaison", "menu.volunteer", "menu.help"];

    private static readonly string[] OfficerKeys = ["menu.myTasks", .. EveryoneKeys];

    public IMessageActivity Create(string locale, string text) => Create(locale, text, officer: false);

    /// <summary>The menu for whoever sent this turn's message: with 我的待办 for an officer.</summary>
    public IMessageActivity Create(ITurnContext turn, string text) =>
        Create(Locales.Resolve(turn.Activity.Locale), text, OfficerOnTurn.Get(turn) is not null);

    private IMessageActivity Create(string locale, string text, bool officer)
    {
        var labels = (officer ? OfficerKeys : EveryoneKeys).Select(key => texts.Get(locale, key));
        return MessageFactory.SuggestedActions(labels, text, ssml: null, inputHint: null);
    }
}
