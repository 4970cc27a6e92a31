using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Data.WeCom;
using ZoneBot.Dialogs;
using ZoneBot.WeCom.Api;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>
/// A WeCom callback as the bot sees it: an activity of channel <c>wecom</c> from the WeCom user (their UserID is
/// from.id) in the conversation of that user and app, run through the same adapter and bot as every channel. The
/// turn is started as a proactive one, as the bot itself: the callback's signature was the authentication. The
/// replies leave through <see cref="Delivery.WeComDelivery"/>.
/// </summary>
public sealed class WeComTurns(
    BotAdapter adapter, IBot bot, WeComApi api, WeComMedia media, WeComOfferedActions offered, WeComReceivedMessages received,
    IOptions<WeComOptions> options, IOptions<BotProfile> profile, IConfiguration configuration, ILogger<WeComTurns> logger)
{
    /// <summary>WeCom does not say the user's language; its users here write Chinese (English still works by the words).</summary>
    private const string Locale = "zh-CN";

    public async Task RunAsync(InboundCallback callback, CancellationToken ct)
    {
        var activity = await ToActivityAsync(callback, ct);
        if (activity is null)
        {
            return;
        }
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        var identity = new ClaimsIdentity(
            [new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
        await adapter.ContinueConversationAsync(identity, activity, audience: null!, bot.OnTurnAsync, ct);
    }

    /// <returns>null for what the bot need not see (an event other than joining, a repeated entering of the app).</returns>
    private async Task<Activity?> ToActivityAsync(InboundCallback callback, CancellationToken ct)
    {
        var message = callback.Message;
        var conversationId = WeComChannel.ConversationId(message.AgentId, message.FromUserName);
        Activity activity;
        switch (message.MsgType)
        {
            case "text":
                activity = new Activity(ActivityTypes.Message)
                {
                    Text = OfferedChoice.Resolve(message.Content ?? string.Empty, await offered.FindAsync(conversationId, ct)),
                };
                break;
            case "image":
                activity = new Activity(ActivityTypes.Message) { Attachments = [await KeepImageAsync(callback, ct)] };
                break;
            case "location":
                activity = new Activity(ActivityTypes.Message)
                {
                    Text = message.Label is { Length: > 0 } label ? label : $"{message.Latitude}, {message.Longitude}",
                    Entities = message.Latitude is { } latitude && message.Longitude is { } longitude
                        ? [new GeoCoordinates(latitude: latitude, longitude: longitude, name: message.Label)]
                        : null,
                };
                break;
            case "event" when message.Event == "subscribe"
                || (message.Event == "enter_agent" && await received.TryRecordAsync($"{message.AgentId}:entered:{message.FromUserName}", ct)):
                // Joining: the bot greets the user with its menu when they follow the app, and when they open it, at most once in a
                // few days (the key is forgotten with the old callback keys).
                activity = new Activity(ActivityTypes.ConversationUpdate);
                break;
            case "event":
                return null;
            default:
                // Voice, video, files, links: the bot answers that it cannot take these here.
                activity = new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/vnd.wecom." + message.MsgType)] };
                break;
        }
        activity.Id = "wecom:" + message.Key;
        activity.ChannelId = WeComChannel.Id;
        activity.ServiceUrl = options.Value.ApiBase.ToString();
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = WeComChannel.User(message.FromUserName);
        activity.Recipient = WeComChannel.Bot(message.AgentId, profile.Value.DisplayName);
        activity.Locale = Locale;
        activity.Timestamp = message.CreateTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(message.CreateTime) : null;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            activity.MembersAdded = [activity.From];
        }
        return activity;
    }

    /// <summary>The image, fetched through media/get and kept as a Web Chat upload is, so that the ticket's photo link lasts.</summary>
    private async Task<Attachment> KeepImageAsync(InboundCallback callback, CancellationToken ct)
    {
        var message = callback.Message;
        if (message.MediaId is { Length: > 0 } mediaId)
        {
            try
            {
                var download = await api.GetMediaAsync(mediaId, ct);
                var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
                await media.StoreAsync(new WeComMediaFile(id, message.FromUserName, download.Name, download.ContentType, download.Content), ct);
                return new Attachment(download.ContentType, $"{callback.PublicBaseUrl}{WeComChannel.BasePath}/media/{id}", name: download.Name);
            }
            catch (Exception exception) when (exception is WeComApiException or HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning(exception, "WeCom image {MediaId} could not be fetched; keeping WeCom's own link", mediaId);
            }
        }
        return new Attachment("image/jpeg", message.PicUrl, name: "wecom-image.jpg");
    }
}
