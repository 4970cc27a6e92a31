
namespace ZoneBot.Data.Tickets;

/// <summary>What the firm is told once its ticket is filed: the number, who handles it, and by when.</summary>
/// <param name="ResponseDueAt">When the first response (研判) is due.</param>
/// <param name="HandleDueAt">When the issue must be handled (处理).</param>
/// <param name="LiaisonName">The liaison of the firm's grid; null when the grid has none.</param>
/// <param name="LiaisonPhone">That liaison's phone; null when the grid has none.</param>
/// <param name="LiaisonBound">The liaison has bound a chat, so the alert goes out now; otherwise it waits for them.</param>
/// <param name="OfficePhone">The community office's phone, for when nobody can be told at once.</param>
public sealed record FiledTicket(
    long Id,
    string Number,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset HandleDueAt,
    string? LiaisonName,
    string? LiaisonPhone,
    string GridName,
    bool LiaisonBound,
    string OfficePhone);
