using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// What a firm does to its own ticket after filing: 补充 (add information), 催办 (urge), 评价 (rate).
/// Each is one transaction with its history event and, where the liaison must know, its alert.
/// Every command is restricted to the firm: another firm's number is <c>NotFound</c>, and so is a ticket of
/// the firm that the actor did not file while they are not a verified member. Each is recorded as the
/// chat user who did it (<see cref="FirmActor"/>), never as the ticket's contact.
/// </summary>
public sealed class TicketFollowUp(Database database, DeadlinePolicy deadlines, TimeProvider time, ILogger<TicketFollowUp>? logger = null)
{
    /// <summary>A ticket is urged at most once in this long, so an impatient tap does not flood the liaison.</summary>
    public static readonly TimeSpan UrgeInterval = TimeSpan.FromHours(1);

    private readonly ILogger _logger = logger ?? NullLogger<TicketFollowUp>.Instance;

    /// <summary>Adds a note, attachments or both, and alerts the liaison.</summary>
    public async Task<SupplementOutcome> SupplementAsync(
        long firmId, string number, FirmActor actor, string? note, IReadOnlyList<NewTicketAttachment> attachments, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor.Name);
        attachments ??= [];
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is null && attachments.Count == 0)
        {
            throw new ArgumentException("A supplement needs a note or an attachment.", nameof(note));
        }

        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote: both refusals return before any write.
        string? supplemented = null;
        var outcome = await database.WriteAsync(async (connection, transaction, token) =>
        {
            var target = await FindAsync(connection, transaction, firmId, number, actor, token);
            if (target is null)
            {
                return SupplementOutcome.NotFound;
            }
            if (target.Stage == TicketStage.Closed.Code)
            {
                return SupplementOutcome.Closed;
            }

            await TicketHistory.AppendByAsync(
                connection, transaction, target.Id, TicketStage.FromCode(target.Stage), TicketEventKind.Supplemented, actor, note, now, token);
            await TicketHistory.AttachAsync(connection, transaction, target.Id, attachments, token);
            await TicketOutbox.QueueAsync(
                connection, transaction, TicketAlert.Supplemented, target.LiaisonId, target.ToAlert(note, attachments.Count), now, token);
            supplemented = target.Number;
            return SupplementOutcome.Supplemented;
        }, ct);
        if (supplemented is not null)
        {
            _logger.LogInformation("Ticket {Number} supplemented with {Attachments} attachment(s)", supplemented, attachments.Count);
        }
        return outcome;
    }

    /// <summary>Alerts the liaison again, at most once per <see cref="UrgeInterval"/>; too soon writes nothing.</summary>
    public async Task<UrgeResult> UrgeAsync(long firmId, string number, FirmActor actor, CancellationToken ct = default)
    {
        // The check and the write are one statement, so two urges at the same moment cannot both pass.
        const string claim = """
            UPDATE tickets SET last_urged_at = @now
            WHERE id = @id AND (last_urged_at IS NULL OR last_urged_at <= @cutoff)
            """;
        const string lastUrged = "SELECT last_urged_at FROM tickets WHERE id = @id";
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor.Name);

        var now = time.GetUtcNow();
        // Through the one writer (SQLite): too soon is refused by the guarded UPDATE itself, which then changed no row.
        string? urged = null;
        var result = await database.WriteAsync(async (connection, transaction, token) =>
        {
            var target = await FindAsync(connection, transaction, firmId, number, actor, token);
            if (target is null)
            {
                return new UrgeResult(UrgeOutcome.NotFound, null, null);
            }
            if (target.Stage == TicketStage.Closed.Code)
            {
                return new UrgeResult(UrgeOutcome.Closed, null, null);
            }

            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                claim, new { now, id = target.Id, cutoff = now - UrgeInterval }, transaction, cancellationToken: token));
            if (claimed == 0)
            {
                var earlier = await connection.ExecuteScalarAsync<DateTimeOffset>(
                    new CommandDefinition(lastUrged, new { id = target.Id }, transaction, cancellationToken: token));
                return new UrgeResult(UrgeOutcome.TooSoon, earlier, earlier + UrgeInterval);
            }

            await TicketHistory.AppendByAsync(
                connection, transaction, target.Id, TicketStage.FromCode(target.Stage), TicketEventKind.Urged, actor, null, now, token);
            await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.Urged, target.LiaisonId, target.ToAlert(null, 0), now, token);
            urged = target.Number;
            return new UrgeResult(UrgeOutcome.Urged, now, now + UrgeInterval);
        }, ct);
        if (urged is not null)
        {
            _logger.LogInformation("Ticket {Number} urged", urged);
        }
        return result;
    }

    /// <summary>
    /// Records the firm's verdict, once, after the follow-up review (回头看 or 已办结). 不满意 reopens the
    /// ticket for handling again (重新办理) with a handling deadline counted afresh from the reopening, and alerts the
    /// community's secretary and the liaison; after the next review the firm rates it again.
    /// </summary>
    public async Task<RateOutcome> RateAsync(
        long firmId, string number, FirmActor actor, TicketRating rating, string? comment, CancellationToken ct = default)
    {
        // A dissatisfied rating may be replaced: the ticket was handled again since.
        const string rate = """
            UPDATE tickets SET rating = @rating, rating_comment = @comment
            WHERE id = @id AND (rating IS NULL OR rating = 'dissatisfied')
            """;
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor.Name);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

        var now = time.GetUtcNow();
        // Through the one writer (SQLite): rated already is refused by the guarded UPDATE itself, which then changed no row.
        string? ratedNumber = null;
        var outcome = await database.WriteAsync(async (connection, transaction, token) =>
        {
            var target = await FindAsync(connection, transaction, firmId, number, actor, token);
            if (target is null)
            {
                return RateOutcome.NotFound;
            }
            var stage = TicketStage.FromCode(target.Stage);
            if (stage is not (TicketStage.Reviewed or TicketStage.Closed))
            {
                return RateOutcome.NotYetReviewed;
            }

            var rated = await connection.ExecuteAsync(new CommandDefinition(
                rate, new { rating = rating.Code, comment, id = target.Id }, transaction, cancellationToken: token));
            if (rated == 0)
            {
                return RateOutcome.AlreadyRated;
            }

            // The verdict is part of the entry, so the history says what the firm thought even without a comment.
            var verdict = comment is null ? rating.ChineseName : $"{rating.ChineseName}：{comment}";
            await TicketHistory.AppendByAsync(connection, transaction, target.Id, stage, TicketEventKind.Rated, actor, verdict, now, token);
            var reopened = rating == TicketRating.Dissatisfied && ClosedLoop.CanReopen(stage);
            if (reopened)
            {
                await ReopenAsync(connection, transaction, target, actor, comment, now, token);
            }
            ratedNumber = target.Number;
            return reopened ? RateOutcome.Reopened : RateOutcome.Rated;
        }, ct);
        if (ratedNumber is not null)
        {
            _logger.LogInformation("Ticket {Number} rated {Rating}", ratedNumber, rating.Code);
        }
        return outcome;
    }

    private async Task ReopenAsync(
        DbConnection connection, DbTransaction transaction, Target target, FirmActor actor, string? comment, DateTimeOffset now, CancellationToken ct)
    {
        const string reopen = """
            UPDATE tickets SET stage = @stage, handle_due_at = @handleDueAt WHERE id = @id
            """;
        var handleDueAt = deadlines.Compute(now, TicketCategory.FromCode(target.Category), FirmColour.FromCode(target.Colour), Domain.Urgency.FromCode(target.Urgency)).HandleDueAt;
        await connection.ExecuteAsync(new CommandDefinition(
            reopen, new { stage = ClosedLoop.ReopenedStage.Code, handleDueAt, id = target.Id }, transaction, cancellationToken: ct));
        await TicketHistory.AppendByAsync(connection, transaction, target.Id, ClosedLoop.ReopenedStage, TicketEventKind.Reopened, actor, comment, now, ct);
        target.Stage = ClosedLoop.ReopenedStage.Code;
        target.HandleDueAt = handleDueAt;
        var alert = target.ToAlert(comment, 0);
        var recipients = (await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, target.CommunityId, ct)).ToList();
        if (target.LiaisonId is { } liaison && !recipients.Contains(liaison))
        {
            recipients.Add(liaison);
        }
        foreach (var officerId in recipients)
        {
            await TicketOutbox.QueueAsync(connection, transaction, TicketAlert.Reopened, officerId, alert, now, ct);
        }
    }

    // A complaint or a report has no liaison here: its 补充, 催办 and 重新办理 go to the community's secretary.
    private static async Task<Target?> FindAsync(DbConnection connection, DbTransaction transaction, long firmId, string number, FirmActor actor, CancellationToken ct)
    {
        const string sql = """
            SELECT t.id AS Id, t.number AS Number, t.firm_id AS FirmId, f.name AS FirmName, f.colour AS Colour, t.grid_id AS GridId, g.name AS GridName,
                   g.community_id AS CommunityId, t.category AS Category, t.urgency AS Urgency, t.stage AS Stage,
                   t.description AS Description, t.created_at AS CreatedAt, t.response_due_at AS ResponseDueAt,
                   t.handle_due_at AS HandleDueAt, o.id AS LiaisonId, t.routing AS Routing
            FROM tickets AS t
            JOIN firms AS f ON f.id = t.firm_id
            JOIN grids AS g ON g.id = t.grid_id
            LEFT JOIN officers AS o ON t.routing NOT IN ('complaint', 'report') AND o.id = (
                SELECT MIN(l.id) FROM officers AS l WHERE l.grid_id = t.grid_id AND l.role = 'liaison')
            WHERE t.number = @number AND t.firm_id = @firmId
            """ + FirmTickets.FiledByViewer;
        return TicketRows.Normalise(number) is { } normalised
            ? await connection.QuerySingleOrDefaultAsync<Target>(new CommandDefinition(
                sql, new { number = normalised, firmId, wholeFirm = actor.WholeFirm, channelId = actor.ChannelId, userId = actor.UserId }, transaction, cancellationToken: ct))
            : null;
    }

    /// <summary>The ticket as a follow-up needs it: its stage, and what its alert says.</summary>
    private sealed class Target
    {
        public long Id { get; set; }
        public string Number { get; set; } = string.Empty;
        public long FirmId { get; set; }
        public string FirmName { get; set; } = string.Empty;
        public string Colour { get; set; } = string.Empty;
        public long GridId { get; set; }
        public string GridName { get; set; } = string.Empty;
        public long CommunityId { get; set; }
        public string Category { get; set; } = string.Empty;
        public string Urgency { get; set; } = string.Empty;
        public string Stage { get; set; } = string.Empty;
        public string Description { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ResponseDueAt { get; set; }
        public DateTimeOffset HandleDueAt { get; set; }
        public long? LiaisonId { get; set; }
        public string Routing { get; set; } = string.Empty;

        public TicketAlert ToAlert(string? note, int attachmentCount) => new(
            Id, Number, FirmId, FirmName, GridId, GridName, CommunityId, Category, Urgency, Stage,
            TicketAlert.Summarise(Description), note, attachmentCount, ResponseDueAt, HandleDueAt, LiaisonId is null,
            Confidential: Routing is "complaint" or "report");
    }
}
