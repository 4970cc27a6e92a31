using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Volunteers;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// The volunteers' alert (<c>volunteer.signed_up</c>, payload <see cref="VolunteerSignUpAlert"/>) to the team's
/// leader, from the <c>alert.volunteer.*</c> texts. The phone is shown as the payload has it: masked.
/// </summary>
public sealed class VolunteerAlertWording(ITextLocalizer texts) : IAlertWording
{
    public bool Knows(string kind) => kind == VolunteerSignUpAlert.Kind;

    public RenderedAlert Render(string kind, string payload, string locale)
    {
        var alert = VolunteerSignUpAlert.FromJson(payload)
            ?? throw new FormatException($"The payload of a {kind} alert is empty.");
        var text = texts.Get(locale, "alert.volunteer.signed_up",
            alert.Volunteer, alert.Team, alert.Phone, AvailabilityPrompt.Describe(texts, locale, alert.Availability),
            ZoneDates.Format(alert.JoinedAt, locale));
        // About a person, not a ticket: no ticket button, no grid's group chat.
        return new RenderedAlert(text, TicketNumber: null, GridId: null, CommunityId: null, ForGroup: false);
    }
}
