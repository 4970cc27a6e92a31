using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// A ticket being filled in. Kept in the dialog state between turns, so it is a plain class; a field
/// is "asked" once it has an answer, and skipping an optional one is an answer too.
/// </summary>
public sealed class TicketDraft
{
    public long FirmId { get; set; }

    /// <summary>The message that started the flow, when it already described the problem.</summary>
    public string? FirstMessage { get; set; }

    public TicketCategory? ProposedCategory { get; set; }

    public TicketCategory? Category { get; set; }

    public string? Description { get; set; }

    public bool LocationAsked { get; set; }

    public string? Location { get; set; }

    public Urgency? Urgency { get; set; }

    public bool PhotosAsked { get; set; }

    public List<PhotoReference> Photos { get; set; } = [];

    /// <summary>Whether the contact of the user's last ticket was offered (and so not offered again).</summary>
    public bool LastContactOffered { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public bool VisitTimeAsked { get; set; }

    public DateTimeOffset? PreferredVisitAt { get; set; }

    /// <summary>Whom the ticket is for (an emergency, a complaint, a report: see <see cref="TicketSeed"/>).</summary>
    public TicketRouting Routing { get; set; } = TicketRouting.Liaison;

    /// <summary>Filed as soon as the form is complete, without the summary (an emergency).</summary>
    public bool SkipReview { get; set; }

    /// <summary>A visit wanted without a clock time: 尽快 or 随时.</summary>
    public Understanding.VisitWish? VisitWish { get; set; }

    /// <summary>The first field still to ask, in the order of the form; null when the draft is complete.</summary>
    public TicketField? NextField() =>
        Category is null ? TicketField.Category
        : Description is null ? TicketField.Description
        : !LocationAsked ? TicketField.Location
        : Urgency is null ? TicketField.Urgency
        : !PhotosAsked ? TicketField.Photos
        : ContactName is null ? TicketField.Contact
        : ContactPhone is null ? TicketField.ContactPhone
        : !VisitTimeAsked ? TicketField.VisitTime
        : null;

    /// <summary>Forgets one answer, so the form asks just that field again (修改).</summary>
    public void Clear(TicketField field)
    {
        switch (field)
        {
            case TicketField.Category: Category = null; ProposedCategory = null; break;
            case TicketField.Description: Description = null; FirstMessage = null; break;
            case TicketField.Location: Location = null; LocationAsked = false; break;
            case TicketField.Urgency: Urgency = null; break;
            case TicketField.Photos: Photos = []; PhotosAsked = false; break;
            case TicketField.Contact: ContactName = null; ContactPhone = null; LastContactOffered = true; break;
            case TicketField.ContactPhone: ContactPhone = null; break;
            case TicketField.VisitTime: PreferredVisitAt = null; VisitWish = null; VisitTimeAsked = false; break;
        }
    }
}

/// <summary>The questions of the 报事 form, in the order they are asked.</summary>
public enum TicketField
{
    Category,
    Description,
    Location,
    Urgency,
    Photos,
    Contact,
    ContactPhone,
    VisitTime,
}

/// <summary>A photo sent with a ticket, kept as a reference (the channel holds the file).</summary>
public sealed class PhotoReference
{
    public string Name { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;
}
