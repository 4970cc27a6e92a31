using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// 申请延期: an officer asks for more days to handle a ticket, with a reason; the community's secretary
/// (or an administrator) is alerted and approves or refuses from the chat, and the officer who asked is
/// told. One request waits per ticket. An approved extension moves the handling deadline, so the
/// ticket may be escalated again when it passes the new one.
/// </summary>
public sealed class TicketExtensions(Database database, TimeProvider time, ILogger<TicketExtensions>? logger = null)
{
    public const int MaxDays = 30;

    private readonly ILogger _logger = logger ?? NullLogger<TicketExtensions>.Instance;

    public async Task<WorkflowResult> RequestAsync(long officerId, string number, int days, string reason, CancellationToken ct = default)
    {
        const string pending = "SELECT COUNT(*) FROM ticket_extensions WHERE ticket_id = @id AND status = 'pending'";
        const string insert = """
            INSERT INTO ticket_extensions (ticket_id, requested_by, days, reason, status, requested_at)
            VALUES (@id, @officerId, @days, @reason, 'pending', @now)
            """;
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();

        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote: every refusal returns before any write.
        var result = await database.WriteAsync(async (connection, transaction, token) =>
        {
            if (await TicketWorkflow.AuthorisedAsync(connection, transaction, officerId, number, token) is not { } authorised)
            {
                return WorkflowResult.NotFound;
            }
            var (officer, ticket) = authorised;
            if (!ClosedLoop.Allows(ticket.CurrentStage, OfficerAction.RequestExtension))
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, ticket.CurrentStage);
            }
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(pending, new { id = ticket.Id }, transaction, cancellationToken: token)) > 0)
            {
                return new WorkflowResult(WorkflowOutcome.ExtensionConflict, ticket.Number, ticket.CurrentStage);
            }

            await connection.ExecuteAsync(new CommandDefinition(insert, new { id = ticket.Id, officerId, days, reason, now }, transaction, cancellationToken: token));
            await TicketHistory.AppendAsync(connection, transaction, ticket.Id, ticket.CurrentStage, TicketEventKind.ExtensionRequested, officer.Name, reason, now, token);
            var alert = ticket.ToAlert(reason) with { Actor = officer.Name, Days = days };
            foreach (var deciderId in await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, ticket.CommunityId, token))
            {
                await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.ExtensionRequested, deciderId, alert, now, token);
            }
            return new WorkflowResult(WorkflowOutcome.Done, ticket.Number, ticket.CurrentStage, HandleDueAt: ticket.HandleDueAt);
        }, ct);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            _logger.LogInformation("Officer {OfficerId} asked {Days} more day(s) for ticket {Number}", officerId, days, result.Number);
        }
        return result;
    }

    /// <summary>Approves or refuses the waiting request; only the community's secretary or an administrator may.</summary>
    /// <param name="note">What the history says, in the decider's words (e.g. 批准延期3天).</param>
    public async Task<WorkflowResult> DecideAsync(long officerId, string number, bool approve, string note, CancellationToken ct = default)
    {
        const string pending = "SELECT id AS Id, requested_by AS RequestedBy, days AS Days FROM ticket_extensions WHERE ticket_id = @id AND status = 'pending'";
        const string decide = """
            UPDATE ticket_extensions SET status = @status, decided_by = @officerId, decided_at = @now
            WHERE id = @extensionId AND status = 'pending'
            """;
        const string extend = "UPDATE tickets SET handle_due_at = @handleDueAt WHERE id = @id";
        ArgumentException.ThrowIfNullOrWhiteSpace(note);

        var now = time.GetUtcNow();
        // Through the one writer (SQLite): every refusal returns before any write (a request decided meanwhile is refused
        // by the guarded UPDATE itself, which then changed no row).
        var result = await database.WriteAsync(async (connection, transaction, token) =>
        {
            if (await TicketWorkflow.AuthorisedAsync(connection, transaction, officerId, number, token) is not { } authorised)
            {
                return WorkflowResult.NotFound;
            }
            var (officer, ticket) = authorised;
            if (!TicketAccess.MayDecideExtensions(officer, ticket.CommunityId) || !ClosedLoop.Allows(ticket.CurrentStage, OfficerAction.DecideExtension))
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, ticket.CurrentStage);
            }
            var requests = (await connection.QueryAsync<(long Id, long RequestedBy, long Days)>(
                new CommandDefinition(pending, new { id = ticket.Id }, transaction, cancellationToken: token))).ToList();
            if (requests is not [var waiting]
                || await connection.ExecuteAsync(new CommandDefinition(decide, new
                {
                    status = approve ? "approved" : "refused", officerId, now, extensionId = waiting.Id,
                }, transaction, cancellationToken: token)) == 0)
            {
                return new WorkflowResult(WorkflowOutcome.ExtensionConflict, ticket.Number, ticket.CurrentStage);
            }

            if (approve)
            {
                ticket.HandleDueAt += TimeSpan.FromDays(waiting.Days);
                await connection.ExecuteAsync(new CommandDefinition(extend, new { handleDueAt = ticket.HandleDueAt, id = ticket.Id }, transaction, cancellationToken: token));
            }
            await TicketHistory.AppendAsync(connection, transaction, ticket.Id, ticket.CurrentStage, TicketEventKind.ExtensionDecided, officer.Name, note.Trim(), now, token);
            var alert = ticket.ToAlert() with { Actor = officer.Name, Decision = approve ? "approved" : "refused", Days = (int)waiting.Days };
            await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.ExtensionDecided, waiting.RequestedBy, alert, now, token);
            return new WorkflowResult(WorkflowOutcome.Done, ticket.Number, ticket.CurrentStage, HandleDueAt: ticket.HandleDueAt);
        }, ct);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            _logger.LogInformation("Extension of ticket {Number} {Decision} by officer {OfficerId}", result.Number, approve ? "approved" : "refused", officerId);
        }
        return result;
    }
}
