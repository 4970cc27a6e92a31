namespace ZoneBot.Domain;

/// <summary>When a ticket's first response (研判) and its handling (处理) are due.</summary>
public sealed record TicketDeadlines(DateTimeOffset ResponseDueAt, DateTimeOffset HandleDueAt);
