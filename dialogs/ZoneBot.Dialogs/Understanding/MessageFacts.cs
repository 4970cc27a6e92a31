using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// Every fact one message holds that a form could use; null where the message says nothing of it.
/// The recognizers fill it (<see cref="IEntityRecognizer"/>); the forms take what their empty slots need.
/// </summary>
public sealed class MessageFacts
{
    /// <summary>A mobile or landline, digits only ("13905741234", "057463012345").</summary>
    public string? Phone { get; set; }

    /// <summary>How to address the contact: "王经理", "张伟", "陈先生/女士".</summary>
    public string? ContactName { get; set; }

    /// <summary>A person's full name, said as such ("我叫张伟").</summary>
    public string? PersonName { get; set; }

    public Urgency? Urgency { get; set; }

    /// <summary>A coming moment for a visit, in the zone's time.</summary>
    public DateTimeOffset? VisitAt { get; set; }

    public VisitWish? VisitWish { get; set; }

    /// <summary>Where in or near the firm: "厂区东门", "3号车间", "新兴大道18号".</summary>
    public string? Location { get; set; }

    public TicketCategory? Category { get; set; }

    /// <summary>Whether the message tells of a problem ("路灯不亮了"), not only of a wish ("报事").</summary>
    public bool DescribesProblem { get; set; }

    public FirmMention? Firm { get; set; }

    public VolunteerTeamListing? Team { get; set; }

    /// <summary>Availability codes ("weekends,evenings").</summary>
    public string? Availability { get; set; }
}
