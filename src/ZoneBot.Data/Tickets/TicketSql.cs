using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// The domain's ticket rules as SQL over <c>tickets AS t</c>, built once from the domain
/// (<see cref="OverdueRule"/>, the codes of <see cref="TicketStage"/>) so no query restates them.
/// Only the domain's own codes go into the text, never a value: each query stays one SQL string.
/// </summary>
public static class TicketSql
{
    /// <summary>A stage as an SQL literal: <c>'fed_back'</c>.</summary>
    public static string Stage(TicketStage stage) => $"'{stage.Code}'";

    /// <summary>Stages as an SQL list, for <c>IN (…)</c>.</summary>
    public static string Stages(IEnumerable<TicketStage> stages) => string.Join(", ", stages.Select(Stage));

    /// <summary>The first response is still due and was due before <c>@now</c>.</summary>
    public static readonly string ResponseOverdue =
        $"(t.stage IN ({Stages(OverdueRule.ResponseDueIn)}) AND t.response_due_at < @now)";

    /// <summary>The handling is still due and was due before <c>@now</c>.</summary>
    public static readonly string HandlingOverdue =
        $"(t.stage IN ({Stages(OverdueRule.HandlingDueIn)}) AND t.handle_due_at < @now)";

    /// <summary><see cref="Ticket.IsOverdueAt"/> at <c>@now</c>.</summary>
    public static readonly string Overdue = $"({ResponseOverdue} OR {HandlingOverdue})";

    /// <summary>The ticket still has a deadline (<see cref="OverdueRule.NextDeadline"/> is not null).</summary>
    public static readonly string HasNextDeadline =
        $"t.stage IN ({Stages(OverdueRule.ResponseDueIn.Union(OverdueRule.HandlingDueIn))})";

    /// <summary>When the deadline that applies is due (<see cref="Ticket.NextDeadline"/>); NULL once handled.</summary>
    public static readonly string NextDueAt = $"""
        CASE WHEN t.stage IN ({Stages(OverdueRule.ResponseDueIn)}) THEN t.response_due_at
             WHEN t.stage IN ({Stages(OverdueRule.HandlingDueIn)}) THEN t.handle_due_at
        END
        """;

    /// <summary>The ticket is closed (已办结).</summary>
    public static readonly string IsClosed = $"t.stage = {Stage(TicketStage.Closed)}";
}
