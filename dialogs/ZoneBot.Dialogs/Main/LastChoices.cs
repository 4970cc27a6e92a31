using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Main;

/// <summary>
/// The buttons of the last message the bot sent in a conversation, kept in its state, so that "3" or
/// "第二个" typed at rest picks from the list the user is looking at (the menu, most often), as it does
/// inside a flow. Channels without buttons (a terminal, a phone's SMS-like client) show them as numbers.
/// </summary>
public sealed class LastChoices(ConversationStore conversationState)
{
    // "3", "第二个", "third": longer text is a message of its own ("我在3号车间").
    private const int MaxPickLength = 6;

    private readonly IStatePropertyAccessor<List<string>> _titles = conversationState.CreateProperty<List<string>>("LastChoices");

    /// <summary>Watches what this turn sends and remembers the buttons of its last message that has any.</summary>
    public void Track(ITurnContext turn) =>
        turn.OnSendActivities(async (context, activities, next) =>
        {
            var titles = activities.LastOrDefault(activity => activity.SuggestedActions?.Actions?.Count > 0)?.SuggestedActions.Actions
                .Select(action => action.Title ?? action.Value?.ToString() ?? string.Empty)
                .ToList();
            if (titles is not null)
            {
                await _titles.SetAsync(context, titles, CancellationToken.None);
            }
            return await next();
        });

    /// <summary>The title the message picks by its number or ordinal ("3", "第二个"), or null.</summary>
    public async Task<string?> PickAsync(ITurnContext turn, CancellationToken ct)
    {
        var titles = await _titles.GetAsync(turn, () => [], ct);
        if (titles.Count == 0 || turn.Activity.Type != ActivityTypes.Message || TextNormalizer.NormalizeAnswer(turn.Activity.Text).Length > MaxPickLength)
        {
            return null;
        }
        var numbered = titles.Select((title, index) => new Choice((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        // Numbers only: the choices here are named by their position, so no title or word can match.
        return ChoiceRecognizer.Recognize(turn.Activity.Text, numbered) is { } found ? titles[found.Index] : null;
    }
}
