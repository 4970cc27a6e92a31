using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// Overdue rectifications, escalated as overdue tickets are (<see cref="TicketEscalations"/>, same
/// <see cref="EscalationOptions"/>): a hazard the firm has not reported rectified by its deadline goes to the
/// community's secretary, and, still overdue the admin delay later, to the administrators. Each level once per
/// due time: the row's key (hazard, level, due time) makes a second sweep, or a second instance, raise nothing
/// again; an extension granted is a new due time, escalated afresh when it too passes.
/// </summary>
public sealed class InspectionEscalations(Database database, TimeProvider time, EscalationOptions options, ILogger<InspectionEscalations>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<InspectionEscalations>.Instance;

    private const string SecretaryDue = """
         WHERE h.status IN ('open', 'extension_asked') AND h.due_at < @now
           AND NOT EXISTS (SELECT 1 FROM hazard_escalations AS e WHERE e.hazard_id = h.id AND e.level = 'secretary' AND e.due_at = h.due_at)
        """;

    private const string AdminDue = """
         WHERE h.status IN ('open', 'extension_asked') AND h.due_at < @now
           AND EXISTS (SELECT 1 FROM hazard_escalations AS e
                       WHERE e.hazard_id = h.id AND e.level = 'secretary' AND e.due_at = h.due_at AND e.escalated_at <= @cutoff)
           AND NOT EXISTS (SELECT 1 FROM hazard_escalations AS a WHERE a.hazard_id = h.id AND a.level = 'admin' AND a.due_at = h.due_at)
        """;

    /// <summary>Raises what is due now; returns how many escalations were raised.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var raised = 0;
        IReadOnlyList<HazardView> secretary, admin;
        await using (var connection = await database.OpenAsync(ct))
        {
            secretary = await InspectionRows.HazardsAsync(connection, null, SecretaryDue, new { now }, ct);
            admin = await InspectionRows.HazardsAsync(connection, null, AdminDue, new { now, cutoff = now - options.AdminDelay }, ct);
        }
        foreach (var hazard in secretary)
        {
            raised += await RaiseAsync(hazard, "secretary", now, ct) ? 1 : 0;
        }
        foreach (var hazard in admin)
        {
            raised += await RaiseAsync(hazard, "admin", now, ct) ? 1 : 0;
        }
        return raised;
    }

    private async Task<bool> RaiseAsync(HazardView hazard, string level, DateTimeOffset now, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO hazard_escalations (hazard_id, level, due_at, escalated_at) VALUES (@hazardId, @level, @dueAt, @now)
            ON CONFLICT (hazard_id, level, due_at) DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            insert, new { hazardId = hazard.Id, level, dueAt = hazard.DueAt, now }, transaction, cancellationToken: ct));
        if (inserted == 0)
        {
            return false;
        }
        var recipients = level == "secretary"
            ? await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, hazard.CommunityId, ct)
            : await OfficerRows.AdminsAsync(connection, transaction, ct);
        var alert = hazard.ToAlert([hazard.ToLine()], level: level);
        foreach (var officerId in recipients)
        {
            await InspectionOutbox.ToOfficerAsync(connection, transaction, InspectionAlert.Escalated, officerId, alert, now, ct);
        }
        await transaction.CommitAsync(ct);
        _logger.LogWarning("Hazard {HazardId} of inspection {InspectionId} is past its deadline: escalated to the {Level}", hazard.Id, hazard.InspectionId, level);
        return true;
    }
}
