using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using ZoneBot.Data.WeCom;
using ZoneBot.Dialogs.Core;
using ZoneBot.WeCom.Api;
using ZoneBot.WeCom.Delivery;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ZoneBot.WeCom.CustomerService;

/// <summary>
/// The way out of a customer-service conversation: kf/send_msg, within the window WeCom allows (see <see cref="KfChannel"/>).
/// When a turn has more to say than the window still takes, its last allowed message tells the customer that the rest
/// could not be delivered and how to get it: write again.
/// </summary>
public sealed class KfDelivery(WeComApi api, KfChannel windows, WeComOfferedActions offered, ITextLocalizer texts, ILogger<KfDelivery> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == KfChannel.Id && activity.From?.Id is { Length: > 0 } customer && activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            var locale = Locales.Resolve(activity.Locale);
            turnContext.OnSendActivities((_, activities, _) => SendAsync(customer, conversationId, locale, activities, cancellationToken));
        }
        await next(cancellationToken);
    }

    private async Task<ResourceResponse[]> SendAsync(string customer, string conversationId, string locale, List<Activity> activities, CancellationToken ct)
    {
        var pieces = new List<string>();
        foreach (var activity in activities.Where(activity => activity.Type == ActivityTypes.Message))
        {
            var (text, actions) = WeComText.Render(activity);
            await offered.SaveAsync(conversationId, actions, ct);
            pieces.AddRange(WeComText.Split(text));
        }
        var left = windows.RepliesLeft(conversationId);
        if (left == 0 && pieces.Count > 0)
        {
            logger.LogWarning("Customer-service conversation {ConversationId}: the 48-hour window is closed or used up; {Count} message(s) not delivered", conversationId, pieces.Count);
            throw new WeComApiException(-1, "The customer-service window is closed or used up.");
        }
        if (pieces.Count > left)
        {
            logger.LogWarning("Customer-service conversation {ConversationId}: {Count} message(s) over the window's limit not delivered", conversationId, pieces.Count - left + 1);
            pieces = [.. pieces.Take(left - 1), texts.Get(locale, "wecom.kf.notDelivered")];
        }
        foreach (var piece in pieces)
        {
            await api.PostAsync("cgi-bin/kf/send_msg", new JsonObject
            {
                ["touser"] = customer,
                ["open_kfid"] = KfChannel.OpenKfIdOf(conversationId),
                ["msgtype"] = "text",
                ["text"] = new JsonObject { ["content"] = piece },
            }, ct);
            windows.Replied(conversationId);
        }
        return [.. activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N")))];
    }
}
