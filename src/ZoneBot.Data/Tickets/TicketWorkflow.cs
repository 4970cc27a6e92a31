using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// The closed loop from the officers' side: 研判, 反馈, 处理完成, 回头看, 办结, 转派. Each action is one
/// transaction: the access check (<see cref="TicketAccess"/>), the stage rule (<see cref="ClosedLoop"/>),
/// the change guarded by the stage it was made from, its history event, and the alerts of those who must
/// know (the firm's user at 反馈, 处理完成 and 办结; the new grid's liaison at 转派).
/// </summary>
public sealed class TicketWorkflow(Database database, DeadlinePolicy deadlines, TimeProvider time, ILogger<TicketWorkflow>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TicketWorkflow>.Instance;

    /// <summary>研判: confirms or changes the category and urgency; both deadlines are computed again from the filing time.</summary>
    public Task<WorkflowResult> AssessAsync(long officerId, string number, TicketCategory category, Urgency urgency, string? note, CancellationToken ct = default)
    {
        const string update = """
            UPDATE tickets SET category = @category, urgency = @urgency, response_due_at = @responseDueAt, handle_due_at = @handleDueAt
            WHERE id = @id
            """;
        return MoveAsync(officerId, number, OfficerAction.Assess, note, [], async (connection, transaction, ticket) =>
        {
            var due = deadlines.Compute(ticket.CreatedAt, category, FirmColour.FromCode(ticket.Colour), urgency);
            await connection.ExecuteAsync(new CommandDefinition(update, new
            {
                category = category.Code, urgency = urgency.Code, responseDueAt = due.ResponseDueAt, handleDueAt = due.HandleDueAt, id = ticket.Id,
            }, transaction, cancellationToken: ct));
            (ticket.Category, ticket.Urgency, ticket.ResponseDueAt, ticket.HandleDueAt) = (category.Code, urgency.Code, due.ResponseDueAt, due.HandleDueAt);
        }, ct);
    }

    /// <summary>反馈: a message to the firm.</summary>
    public Task<WorkflowResult> FeedBackAsync(long officerId, string number, string message, CancellationToken ct = default) =>
        MoveAsync(officerId, number, OfficerAction.FeedBack, Required(message), [], null, ct);

    /// <summary>处理完成: what was done, with photos when there are any.</summary>
    public Task<WorkflowResult> HandleAsync(long officerId, string number, string? done, IReadOnlyList<NewTicketAttachment> photos, CancellationToken ct = default)
    {
        done = string.IsNullOrWhiteSpace(done) ? null : done.Trim();
        if (done is null && (photos ?? []).Count == 0)
        {
            throw new ArgumentException("Say what was done, or send photos of it.", nameof(done));
        }
        return MoveAsync(officerId, number, OfficerAction.Handle, done, photos ?? [], null, ct);
    }

    /// <summary>回头看: the follow-up review.</summary>
    public Task<WorkflowResult> ReviewAsync(long officerId, string number, string note, CancellationToken ct = default) =>
        MoveAsync(officerId, number, OfficerAction.Review, Required(note), [], null, ct);

    /// <summary>办结: closes the ticket after the review; the firm is told and may rate it.</summary>
    public Task<WorkflowResult> CloseAsync(long officerId, string number, string? note = null, CancellationToken ct = default) =>
        MoveAsync(officerId, number, OfficerAction.Close, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), [], null, ct);

    /// <summary>转派: hands the ticket to another grid; its liaison is alerted. The stage stays.</summary>
    public async Task<WorkflowResult> TransferAsync(long officerId, string number, int gridNumber, string reason, CancellationToken ct = default)
    {
        const string selectGrid = "SELECT id AS Id, name AS Name, community_id AS CommunityId FROM grids WHERE number = @gridNumber";
        const string move = "UPDATE tickets SET grid_id = @gridId WHERE id = @id AND grid_id = @fromGridId";
        reason = Required(reason);
        var now = time.GetUtcNow();
        // Through the one writer (SQLite), as the other moves: every refusal returns before anything is written.
        long? toGridId = null;
        var result = await database.WriteAsync(async (connection, transaction, token) =>
        {
            if (await AuthorisedAsync(connection, transaction, officerId, number, token) is not { } authorised)
            {
                return WorkflowResult.NotFound;
            }
            var (officer, ticket) = authorised;
            if (!ClosedLoop.Allows(ticket.CurrentStage, OfficerAction.Transfer))
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, ticket.CurrentStage);
            }
            var grids = (await connection.QueryAsync<(long Id, string Name, long CommunityId)>(
                new CommandDefinition(selectGrid, new { gridNumber }, transaction, cancellationToken: token))).ToList();
            if (grids is not [var target] || target.Id == ticket.GridId)
            {
                return new WorkflowResult(WorkflowOutcome.NoSuchGrid, ticket.Number, ticket.CurrentStage);
            }
            if (await connection.ExecuteAsync(new CommandDefinition(move, new { gridId = target.Id, id = ticket.Id, fromGridId = ticket.GridId }, transaction, cancellationToken: token)) == 0)
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, ticket.CurrentStage);
            }

            var fromGrid = ticket.GridName;
            (ticket.GridId, ticket.GridName, ticket.CommunityId) = (target.Id, target.Name, target.CommunityId);
            toGridId = target.Id;
            await TicketHistory.AppendAsync(connection, transaction, ticket.Id, ticket.CurrentStage, TicketEventKind.Transferred, officer.Name,
                $"{fromGrid} → {target.Name}：{reason}", now, token);
            // A complaint or a report stays with the secretaries: no liaison is told (the dispatcher gives it to the new community's secretary).
            var liaison = ticket.TicketRouting.IsSecretaryOnly ? null : await OfficerRows.LiaisonOfAsync(connection, transaction, target.Id, token);
            var alert = ticket.ToAlert(reason) with
            {
                Actor = officer.Name, FromGridName = fromGrid, NoLiaison = liaison is null, Confidential = ticket.TicketRouting.IsSecretaryOnly,
            };
            await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.Transferred, liaison, alert, now, token);
            return new WorkflowResult(WorkflowOutcome.Done, ticket.Number, ticket.CurrentStage, HandleDueAt: ticket.HandleDueAt);
        }, ct);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            _logger.LogInformation("Ticket {Number} transferred by officer {OfficerId} to grid {GridId}", result.Number, officerId, toGridId);
        }
        return result;
    }

    /// <summary>
    /// The officer and the ticket, read in the action's transaction, when the officer may act on it;
    /// null for a ticket that does not exist and one they may not see alike.
    /// </summary>
    internal static async Task<(Officer Officer, TicketTarget Ticket)?> AuthorisedAsync(
        DbConnection connection, DbTransaction transaction, long officerId, string number, CancellationToken ct)
    {
        var officer = await OfficerRows.FindAsync(connection, transaction, officerId, ct);
        var ticket = officer is null ? null : await TicketTarget.FindAsync(connection, transaction, number, ct);
        return officer is not null && ticket is not null && TicketAccess.MayAct(officer, ticket.GridId, ticket.CommunityId, ticket.TicketRouting)
            ? (officer, ticket)
            : null;
    }

    private async Task<WorkflowResult> MoveAsync(
        long officerId, string number, OfficerAction action, string? note, IReadOnlyList<NewTicketAttachment> photos,
        Func<DbConnection, DbTransaction, TicketTarget, Task>? change, CancellationToken ct)
    {
        // Guarded by the stage the ticket had when read: two officers acting at once cannot both move it.
        const string move = "UPDATE tickets SET stage = @to WHERE id = @id AND stage = @from";
        var now = time.GetUtcNow();
        // Through the one writer (SQLite): an officer's action does not take the write lock beside the turns' commits.
        // Every refusal below returns before anything is written, so what the writer commits for it is nothing.
        TicketStage? movedFrom = null;
        var result = await database.WriteAsync(async (connection, transaction, token) =>
        {
            if (await AuthorisedAsync(connection, transaction, officerId, number, token) is not { } authorised)
            {
                return WorkflowResult.NotFound;
            }
            var (officer, ticket) = authorised;
            var from = ticket.CurrentStage;
            if (!ClosedLoop.Allows(from, action))
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, from);
            }
            var to = ClosedLoop.StageAfter(from, action);
            if (await connection.ExecuteAsync(new CommandDefinition(move, new { to = to.Code, id = ticket.Id, from = from.Code }, transaction, cancellationToken: token)) == 0)
            {
                return new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, from);
            }
            ticket.Stage = to.Code;
            movedFrom = from;
            if (change is not null)
            {
                await change(connection, transaction, ticket);
            }

            await TicketHistory.AppendAsync(connection, transaction, ticket.Id, to, TicketEventKind.StageChanged, officer.Name, note, now, token);
            await TicketHistory.AttachAsync(connection, transaction, ticket.Id, photos, token);
            var tellFirm = ClosedLoop.TellsTheFirm(action) && ticket.HasFiler;
            if (tellFirm)
            {
                var kind = action switch
                {
                    OfficerAction.FeedBack => TicketAlert.FedBack,
                    OfficerAction.Handle => TicketAlert.Handled,
                    _ => TicketAlert.Closed,
                };
                await TicketOutbox.QueueForUserAsync(
                    connection, transaction, kind, ticket.ChannelId!, ticket.UserId!, ticket.ToAlert(note, photos.Count) with { Actor = officer.Name }, now, token);
            }
            return new WorkflowResult(WorkflowOutcome.Done, ticket.Number, to, tellFirm, ticket.HandleDueAt);
        }, ct);
        if (result.Outcome == WorkflowOutcome.Done)
        {
            _logger.LogInformation("Ticket {Number} moved from {From} to {To} by officer {OfficerId}", result.Number, movedFrom?.Code, result.Stage?.Code, officerId);
        }
        return result;
    }

    private static string Required(string text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        return text.Trim();
    }
}
