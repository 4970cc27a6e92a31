using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Officers;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// One look at the outbox: claim the due alerts, word each for its recipient, send it to the grid's
/// group webhook (once) when it is group news, then into the recipient's chat, and record the outcome:
/// sent; failed (retried with backoff, dead after the last attempt); or waiting for an officer who has
/// not bound a chat. A background service in the host calls it in a loop; tests call it directly.
/// </summary>
public sealed class AlertDispatcher(
    Outbox outbox, AlertRenderer renderer, IAlertChannel chat, IWebhookChannel webhooks, WebhookAddresses addresses, ILogger<AlertDispatcher> logger)
{
    public const string WaitingForBinding = "waiting for the officer to bind a chat";

    /// <summary>Delivers what is due; returns how many alerts were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var claimed = await outbox.ClaimAsync(ct);
        foreach (var message in claimed)
        {
            try
            {
                await DeliverAsync(message, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var dead = await outbox.FailAsync(message, exception.GetType().Name + ": " + exception.Message, CancellationToken.None);
                if (dead)
                {
                    logger.LogError(exception, "Alert {AlertId} ({Kind}) failed for the last time and is dead", message.Id, message.Kind);
                }
                else
                {
                    logger.LogWarning("Alert {AlertId} ({Kind}) failed (attempt {Attempt}): {Error}", message.Id, message.Kind, message.Attempts + 1, exception.Message);
                }
            }
        }
        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var group = renderer.Render(message.Kind, message.Payload, Locales.Chinese)
            ?? throw new NotSupportedException($"No wording for alerts of kind '{message.Kind}'.");

        if (group.ForGroup && message.WebhookSentAt is null && group.GridId is { } gridId && await addresses.ForGridAsync(gridId, ct) is { } url)
        {
            await webhooks.SendAsync(url, group.Text, ct);
            await outbox.MarkWebhookSentAsync(message, ct);
            logger.LogInformation("Alert {AlertId} ({Kind}) posted to the webhook of grid {GridId}", message.Id, message.Kind, gridId);
        }

        if (message.RecipientOfficerId is null && message.RecipientUserId is null)
        {
            // A grid without a liaison: its community's secretary takes the alert.
            var secretary = group.CommunityId is { } communityId ? await outbox.AddressToSecretaryAsync(message, communityId, ct) : null;
            message = message with { RecipientOfficerId = secretary ?? throw new InvalidOperationException("The alert has no recipient and the zone has no secretary or administrator.") };
        }

        var target = await outbox.TargetAsync(message, ct) ?? throw new InvalidOperationException("The recipient no longer exists.");
        if (target.Reference is null)
        {
            if (target.IsOfficer)
            {
                await outbox.WaitAsync(message, WaitingForBinding, ct);
                logger.LogInformation("Alert {AlertId} ({Kind}) waits for officer {OfficerId} to bind a chat", message.Id, message.Kind, message.RecipientOfficerId);
                return;
            }
            throw new InvalidOperationException("No conversation is known for this chat user.");
        }

        var reference = ConversationReferences.Parse(target.Reference);
        var rendered = renderer.Render(message.Kind, message.Payload, Locales.Resolve(reference.Locale))!;
        await chat.SendAsync(reference, ToActivity(rendered), ct);
        await outbox.MarkSentAsync(message, ct);
        logger.LogInformation("Alert {AlertId} ({Kind}) delivered", message.Id, message.Kind);
    }

    /// <summary>The message, with the ticket's number as a button: tapping it opens the ticket.</summary>
    private static IMessageActivity ToActivity(RenderedAlert alert)
    {
        // Marked plain by the adapter's PlainTextMiddleware, like every other reply.
        return alert.TicketNumber is { } number
            ? MessageFactory.SuggestedActions([number], alert.Text, ssml: null, inputHint: null)
            : MessageFactory.Text(alert.Text);
    }
}
