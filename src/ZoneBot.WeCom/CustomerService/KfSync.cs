using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Data.WeCom;
using ZoneBot.Dialogs;
using ZoneBot.WeCom.Api;
using ZoneBot.WeCom.Callbacks;

namespace ZoneBot.WeCom.CustomerService;

/// <summary>
/// WeChat customer service (微信客服): WeCom's callback only says "there are messages" (kf_msg_or_event, with a token);
/// the messages are pulled with kf/sync_msg from the account's cursor, kept in SQL. Each customer message is taken once
/// (its msgid is recorded as a callback key), run through the bot, and the cursor then moves on from the value read, so
/// a restart or a second instance neither skips nor repeats a message. Pulls run one at a time, in the background.
/// </summary>
public sealed class KfSync(
    WeComApi api, WeComKfCursors cursors, WeComReceivedMessages received, WeComOfferedActions offered, KfChannel windows, BotAdapter adapter, IBot bot,
    IOptions<BotProfile> profile, IConfiguration configuration, TimeProvider time, ILogger<KfSync> logger) : BackgroundService
{
    /// <summary>A customer (origin 3), as opposed to a servicer or the system.</summary>
    private const int FromCustomer = 3;

    private readonly Channel<(string OpenKfId, string Token)> _events = Channel.CreateBounded<(string, string)>(
        new BoundedChannelOptions(1000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>A kf_msg_or_event callback: pull that account's new messages soon.</summary>
    public void Notify(string openKfId, string token) => _events.Writer.TryWrite((openKfId, token));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (openKfId, token) in _events.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await PullAsync(openKfId, token, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Customer-service account {OpenKfId}: pulling messages failed", openKfId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public async Task PullAsync(string openKfId, string token, CancellationToken ct)
    {
        while (true)
        {
            var cursor = await cursors.FindAsync(openKfId, ct);
            var answer = await api.PostAsync("cgi-bin/kf/sync_msg", new JsonObject
            {
                ["cursor"] = cursor, ["token"] = token, ["limit"] = 1000, ["open_kfid"] = openKfId,
            }, ct);
            foreach (var message in answer["msg_list"]?.AsArray() ?? [])
            {
                if (message is JsonObject customerMessage && (int?)customerMessage["origin"] == FromCustomer
                    && (string?)customerMessage["msgid"] is { Length: > 0 } msgId && await received.TryRecordAsync("kf:" + msgId, ct))
                {
                    await RunAsync(openKfId, msgId, customerMessage, ct);
                }
            }
            var next = (string?)answer["next_cursor"] ?? cursor;
            if (next == cursor || !await cursors.TryAdvanceAsync(openKfId, cursor, next, ct) || (int?)answer["has_more"] != 1)
            {
                return;
            }
        }
    }

    private async Task RunAsync(string openKfId, string msgId, JsonObject message, CancellationToken ct)
    {
        var customer = (string?)message["external_userid"] ?? string.Empty;
        var conversationId = KfChannel.ConversationId(openKfId, customer);
        var sentAt = (long?)message["send_time"] is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : time.GetUtcNow();
        windows.CustomerWrote(conversationId, sentAt);
        var activity = (string?)message["msgtype"] == "text"
            ? new Activity(ActivityTypes.Message)
            {
                Text = OfferedChoice.Resolve((string?)message["text"]?["content"] ?? string.Empty, await offered.FindAsync(conversationId, ct)),
            }
            : new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/vnd.wecom." + (string?)message["msgtype"])] };
        activity.Id = "wecomkf:" + msgId;
        activity.ChannelId = KfChannel.Id;
        activity.ServiceUrl = api.BaseUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(customer, role: RoleTypes.User);
        activity.Recipient = new ChannelAccount(openKfId, profile.Value.DisplayName, RoleTypes.Bot);
        activity.Locale = "zh-CN";
        activity.Timestamp = sentAt;
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        var identity = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
        await adapter.ContinueConversationAsync(identity, activity, audience: null!, bot.OnTurnAsync, ct);
    }
}
