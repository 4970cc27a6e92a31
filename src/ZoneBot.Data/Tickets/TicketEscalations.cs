using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// The deadlines watch: a ticket past a deadline that still applies (<see cref="Ticket.IsOverdueAt"/>)
/// is escalated to its community's secretary; still overdue a configured delay later, to the
/// administrators. Each level once per deadline: the escalation row's key (ticket, deadline, level,
/// due time) makes a second sweep, or a second instance sweeping at once, raise nothing again.
/// </summary>
public sealed class TicketEscalations(Database database, TimeProvider time, EscalationOptions options, ILogger<TicketEscalations>? logger = null)
{
    /// <summary>Who the history says raised it.</summary>
    public const string Actor = "系统";

    private readonly ILogger _logger = logger ?? NullLogger<TicketEscalations>.Instance;

    // The two deadlines of Ticket.IsOverdueAt, one row each, with the level not yet raised for that due time.
    private static readonly string SecretaryDue = $"""
        WHERE {TicketSql.ResponseOverdue}
          AND NOT EXISTS (SELECT 1 FROM ticket_escalations AS e
                          WHERE e.ticket_id = t.id AND e.deadline = 'response' AND e.level = 'secretary' AND e.due_at = t.response_due_at)
        """;

    private static readonly string SecretaryHandleDue = $"""
        WHERE {TicketSql.HandlingOverdue}
          AND NOT EXISTS (SELECT 1 FROM ticket_escalations AS e
                          WHERE e.ticket_id = t.id AND e.deadline = 'handle' AND e.level = 'secretary' AND e.due_at = t.handle_due_at)
        """;

    // Raised to the secretary long enough ago, still overdue on the same deadline, not yet to the administrators.
    private static readonly string AdminDue = $"""
        WHERE EXISTS (SELECT 1 FROM ticket_escalations AS e
                      WHERE e.ticket_id = t.id AND e.level = 'secretary' AND e.escalated_at <= @cutoff AND e.deadline = @deadline
                        AND e.due_at = CASE @deadline WHEN 'response' THEN t.response_due_at ELSE t.handle_due_at END)
          AND ((@deadline = 'response' AND {TicketSql.ResponseOverdue})
               OR (@deadline = 'handle' AND {TicketSql.HandlingOverdue}))
          AND NOT EXISTS (SELECT 1 FROM ticket_escalations AS a
                          WHERE a.ticket_id = t.id AND a.level = 'admin' AND a.deadline = @deadline
                            AND a.due_at = CASE @deadline WHEN 'response' THEN t.response_due_at ELSE t.handle_due_at END)
        """;

    /// <summary>Raises what is due now; returns how many escalations were raised.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var raised = 0;
        await using var connection = await database.OpenAsync(ct);
        foreach (var (deadline, where) in new[] { ("response", SecretaryDue), ("handle", SecretaryHandleDue) })
        {
            foreach (var ticket in await TicketTarget.WhereAsync(connection, null, where, new { now }, ct))
            {
                raised += await RaiseAsync(ticket, deadline, "secretary", now, ct) ? 1 : 0;
            }
        }
        foreach (var deadline in new[] { "response", "handle" })
        {
            foreach (var ticket in await TicketTarget.WhereAsync(connection, null, AdminDue, new { now, cutoff = now - options.AdminDelay, deadline }, ct))
            {
                raised += await RaiseAsync(ticket, deadline, "admin", now, ct) ? 1 : 0;
            }
        }
        return raised;
    }

    private async Task<bool> RaiseAsync(TicketTarget ticket, string deadline, string level, DateTimeOffset now, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO ticket_escalations (ticket_id, deadline, level, due_at, escalated_at)
            VALUES (@ticketId, @deadline, @level, @dueAt, @now)
            ON CONFLICT (ticket_id, deadline, level, due_at) DO NOTHING
            """;
        var dueAt = deadline == "response" ? ticket.ResponseDueAt : ticket.HandleDueAt;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            insert, new { ticketId = ticket.Id, deadline, level, dueAt, now }, transaction, cancellationToken: ct));
        if (inserted == 0)
        {
            return false;
        }

        var recipients = level == "secretary"
            ? await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, ticket.CommunityId, ct)
            : await OfficerRows.AdminsAsync(connection, transaction, ct);
        await TicketHistory.AppendAsync(connection, transaction, ticket.Id, ticket.CurrentStage, TicketEventKind.Escalated, Actor, null, now, ct);
        var alert = ticket.ToAlert() with { Level = level, Deadline = deadline };
        foreach (var officerId in recipients)
        {
            await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.Escalated, officerId, alert, now, ct);
        }
        await transaction.CommitAsync(ct);
        _logger.LogWarning("Ticket {Number} is past its {Deadline} deadline: escalated to the {Level}", ticket.Number, deadline, level);
        return true;
    }
}
