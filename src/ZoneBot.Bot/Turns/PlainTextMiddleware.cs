using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Domain;

namespace ZoneBot.Bot.Turns;

/// <summary>
/// What a user types is plain text, on the way in and on the way out, in one place for every turn: control and
/// bidi characters are removed from the message before any dialog sees (or stores) it, and every message the bot
/// sends, replies and alerts alike, is marked <c>textFormat: plain</c> so that a firm's
/// <c>[政府通知](http://evil.example)</c> reaches an officer as the characters typed, never as a live link.
/// ZoneBot's own texts use no markdown, so nothing is lost.
/// </summary>
public sealed class PlainTextMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Text is { } text)
        {
            activity.Text = UserText.Clean(text);
        }
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var reply in activities.Where(reply => reply.Type == ActivityTypes.Message && string.IsNullOrEmpty(reply.TextFormat)))
            {
                reply.TextFormat = TextFormatTypes.Plain;
            }
            return await nextSend();
        });
        await next(cancellationToken);
    }
}
