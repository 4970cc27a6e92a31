using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// Puts what a message said into a draft's empty fields, so the form does not ask for them. A field
/// already filled keeps its value: the answer to its own question, or what was said first.
/// </summary>
public static class TicketDraftFacts
{
    /// <summary>A first message at least this long that tells of a problem is the description itself.</summary>
    public const int WholeDescriptionLength = 10;

    /// <summary>What a first message is read for: all that <see cref="FillFromFirstMessage"/> takes.</summary>
    public const MessageFact FirstMessage = MessageFact.Problem | MessageFact.PersonName | MessageFact.ContactName | MessageFact.Category
        | MessageFact.Location | MessageFact.Urgency | MessageFact.Phone | MessageFact.VisitTime;

    /// <summary>What a later answer is read for: the facts <see cref="Fill"/> would still take into this draft.</summary>
    public static MessageFact Wanted(TicketDraft draft)
    {
        var wanted = MessageFact.None;
        if (draft.Category is null && draft.ProposedCategory is null)
        {
            wanted |= MessageFact.Category;
        }
        if (!draft.LocationAsked)
        {
            wanted |= MessageFact.Location;
        }
        if (draft.Urgency is null)
        {
            wanted |= MessageFact.Urgency;
        }
        if (draft.ContactName is null)
        {
            wanted |= MessageFact.ContactName;
        }
        if (draft.ContactPhone is null)
        {
            wanted |= MessageFact.Phone;
        }
        if (!draft.VisitTimeAsked)
        {
            wanted |= MessageFact.VisitTime;
        }
        return wanted;
    }

    /// <summary>Fills the empty fields from a later answer (the field that was asked keeps its answer).</summary>
    public static void Fill(TicketDraft draft, MessageFacts facts)
    {
        if (draft.Category is null && draft.ProposedCategory is null && facts.Category is { } category)
        {
            draft.ProposedCategory = category;
        }
        if (!draft.LocationAsked && facts.Location is { } location)
        {
            (draft.Location, draft.LocationAsked) = (location, true);
        }
        draft.Urgency ??= facts.Urgency;
        if (draft.ContactName is null && facts.ContactName is { } name)
        {
            (draft.ContactName, draft.LastContactOffered) = (name, true);
        }
        draft.ContactPhone ??= facts.Phone;
        if (!draft.VisitTimeAsked && (facts.VisitAt is not null || facts.VisitWish is not null))
        {
            (draft.PreferredVisitAt, draft.VisitWish, draft.VisitTimeAsked) = (facts.VisitAt, facts.VisitWish, true);
        }
    }

    /// <summary>
    /// The draft of a first message: the problem it tells of (whole when long enough, else kept to start
    /// the description), and every other fact. The category of a whole description is taken as found
    /// (the summary shows it, 修改 corrects it); a short one ("路灯不亮了") is proposed to confirm. A
    /// message that also gave the contact is a report in one go: the optional questions it left out are
    /// not asked (the summary shows them, and 修改 adds any).
    /// </summary>
    public static void FillFromFirstMessage(TicketDraft draft, string? message, MessageFacts facts, IReadOnlyList<PhotoReference> photos)
    {
        var text = message?.Trim();
        if (!string.IsNullOrEmpty(text) && facts.DescribesProblem)
        {
            if (text.Length >= WholeDescriptionLength)
            {
                draft.Description = text;
            }
            else
            {
                draft.FirstMessage = text;
            }
        }
        if (photos.Count > 0)
        {
            (draft.Photos, draft.PhotosAsked) = ([.. photos], true);
        }
        if (draft.ContactName is null && facts.ContactName is null && facts.PersonName is { } person)
        {
            facts.ContactName = person;
        }
        Fill(draft, facts);
        if (draft.Description is not null && draft.ProposedCategory is { } found)
        {
            draft.Category = found;
        }
        if (draft.Category is not null && draft.Description is not null && draft.ContactName is not null && draft.ContactPhone is not null)
        {
            draft.LocationAsked = draft.PhotosAsked = draft.VisitTimeAsked = true;
        }
    }
}
