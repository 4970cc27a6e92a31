using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>A <see cref="PromptQuestion"/> as the Bot Framework message that asks it.</summary>
public static class PromptQuestionMessages
{
    /// <summary>
    /// A new message with the question's text, speech, buttons (imBack, as MessageFactory.SuggestedActions makes them) and
    /// attachments; lists of its own, so that what the prompt adds never reaches the question kept in state.
    /// </summary>
    public static Activity ToActivity(this PromptQuestion? question)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        if (question is null)
        {
            return activity;
        }
        activity.Text = question.Text;
        activity.Speak = question.Speak;
        if (question.Buttons is { Count: > 0 } buttons)
        {
            activity.SuggestedActions = new SuggestedActions(
                actions: [.. buttons.Select(title => new CardAction { Type = ActionTypes.ImBack, Title = title, Value = title })]);
        }
        if (question.Attachments is { Count: > 0 } files)
        {
            activity.Attachments = [.. files.Select(file => new Attachment { ContentType = file.ContentType, ContentUrl = file.ContentUrl, Name = file.Name })];
        }
        return activity;
    }
}
