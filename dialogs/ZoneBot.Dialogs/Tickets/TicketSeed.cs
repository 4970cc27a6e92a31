using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// What another flow already knows when it hands over to 报事 (the options of <see cref="FileIssueDialog"/>
/// instead of the first message): an emergency (description, urgency and category known, filed without the
/// optional questions or the summary), a question the knowledge base did not settle, a complaint, a report,
/// a relay no one answered.
/// </summary>
public sealed class TicketSeed
{
    /// <summary>The category, settled: not asked.</summary>
    public TicketCategory? Category { get; set; }

    /// <summary>A category the message suggests: proposed, to confirm.</summary>
    public TicketCategory? ProposedCategory { get; set; }

    /// <summary>The description, complete: the form does not ask for one.</summary>
    public string? Description { get; set; }

    /// <summary>The message that started it: the form asks for more to add to it.</summary>
    public string? FirstMessage { get; set; }

    public Urgency? Urgency { get; set; }

    public TicketRouting Routing { get; set; } = TicketRouting.Liaison;

    /// <summary>Only what cannot wait is asked (the contact); no location, photos, visit time or summary.</summary>
    public bool Fast { get; set; }

    public TicketDraft ToDraft(long firmId) => new()
    {
        FirmId = firmId,
        Category = Category,
        ProposedCategory = Category ?? ProposedCategory,
        Description = Description,
        FirstMessage = FirstMessage,
        Urgency = Urgency,
        Routing = Routing,
        SkipReview = Fast,
        LocationAsked = Fast,
        PhotosAsked = Fast,
        VisitTimeAsked = Fast,
    };
}
