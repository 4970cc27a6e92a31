using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>What became of an officer's action on a ticket.</summary>
public enum WorkflowOutcome
{
    Done,

    /// <summary>No such ticket, or not one this officer may act on: the same answer for both.</summary>
    NotFound,

    /// <summary>The ticket's stage does not allow the action (it moved on meanwhile), or the officer's role does not.</summary>
    NotAllowed,

    /// <summary>转派 to the grid the ticket is already in, or to a grid the zone does not have.</summary>
    NoSuchGrid,

    /// <summary>申请延期 while another request waits; 审批 when none waits.</summary>
    ExtensionConflict,
}

/// <param name="Stage">The ticket's stage afterwards.</param>
/// <param name="FirmTold">An alert to the firm's user was queued.</param>
/// <param name="HandleDueAt">The handling deadline afterwards.</param>
public sealed record WorkflowResult(
    WorkflowOutcome Outcome, string? Number = null, TicketStage? Stage = null, bool FirmTold = false, DateTimeOffset? HandleDueAt = null)
{
    public static WorkflowResult NotFound { get; } = new(WorkflowOutcome.NotFound);
}
