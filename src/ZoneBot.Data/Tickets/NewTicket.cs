using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>What a firm's user confirmed in 报事: everything a ticket is filed with.</summary>
/// <param name="FirmId">The firm the user speaks for.</param>
/// <param name="Location">Where on the firm's site, when given.</param>
/// <param name="ContactPhone">Normalised digits (13805741234).</param>
/// <param name="PreferredVisitAt">When the firm would like a visit, when given.</param>
/// <param name="ChannelId">The filer's chat channel: where to tell them when the ticket moves.</param>
/// <param name="UserId">The filer's user id on that channel.</param>
/// <param name="Routing">Whom the ticket is for: the liaison (most), or see <see cref="TicketRouting"/>.</param>
/// <param name="SourceActivity">
/// The message that confirmed the filing (<see cref="ZoneBot.Data.Turns.ActivityKey.Format"/>): filed again, as a channel's retry of
/// it would, it gives the ticket filed the first time. Null when the message has no id.
/// </param>
public sealed record NewTicket(
    long FirmId,
    TicketCategory Category,
    string Description,
    string? Location,
    Urgency Urgency,
    string ContactName,
    string ContactPhone,
    DateTimeOffset? PreferredVisitAt,
    IReadOnlyList<NewTicketAttachment> Attachments,
    string? ChannelId,
    string? UserId,
    TicketRouting Routing = TicketRouting.Liaison,
    string? SourceActivity = null);

/// <summary>A photo or file sent with a ticket or a supplement, as a reference to where the channel keeps it.</summary>
public sealed record NewTicketAttachment(string Name, string ContentType, string Url);
