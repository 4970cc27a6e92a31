
namespace ZoneBot.Data.Alerts;

/// <summary>
/// An alert a dispatcher claimed: addressed to an officer or to a chat user (or, for a grid without a
/// liaison, to no one yet). <see cref="ClaimedUntil"/> is the claim itself: every later write about the
/// row checks it, so a dispatcher whose lease ran out cannot overwrite the one that took over.
/// </summary>
/// <param name="Attempts">Failed deliveries so far.</param>
/// <param name="WebhookSentAt">When the group webhook copy went out; null when it has not (or there is none).</param>
public sealed record OutboxMessage(
    long Id,
    string Kind,
    long? RecipientOfficerId,
    string? RecipientChannelId,
    string? RecipientUserId,
    string Payload,
    int Attempts,
    DateTimeOffset? WebhookSentAt,
    DateTimeOffset ClaimedUntil,
    DateTimeOffset CreatedAt);

/// <summary>Where a claimed alert goes in chat.</summary>
/// <param name="Reference">The recipient's conversation reference (JSON); null when there is none yet.</param>
/// <param name="IsOfficer">The recipient is an officer: without a reference, the alert waits for them to bind.</param>
public sealed record AlertTarget(string? Reference, bool IsOfficer, string? Name);

/// <summary>One row of `outbox list`.</summary>
/// <param name="Recipient">The officer's name, or channel/user of a chat user; null when the row has no recipient yet.</param>
/// <param name="Waiting">For an officer who has not bound a chat: the alert waits for them.</param>
public sealed record OutboxEntry(
    long Id,
    string Kind,
    string? Recipient,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    bool Waiting);

/// <summary>What became of `outbox retry`.</summary>
public enum RetryOutcome
{
    /// <summary>The alert is pending again, due now, with its attempts counted from zero.</summary>
    Requeued,

    NotFound,

    /// <summary>The alert was delivered; nothing to retry.</summary>
    AlreadySent,
}
