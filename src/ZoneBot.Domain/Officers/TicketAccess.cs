namespace ZoneBot.Domain;

/// <summary>
/// Who may see and act on a ticket: the liaison of its grid, the secretary of its community, and
/// administrators. Department staff and everyone else may not. The SQL of the officers' ticket
/// queries (OfficerTickets) applies the same rule; keep them in step.
/// </summary>
public static class TicketAccess
{
    public static bool MayAct(Officer officer, long ticketGridId, long ticketCommunityId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role switch
        {
            OfficerRole.Admin => true,
            OfficerRole.Liaison => officer.GridId == ticketGridId,
            OfficerRole.Secretary => officer.CommunityId == ticketCommunityId,
            _ => false,
        };
    }

    /// <summary>As above; a complaint or a report (<see cref="TicketRouting.IsSecretaryOnly"/>) is not the liaison's.</summary>
    public static bool MayAct(Officer officer, long ticketGridId, long ticketCommunityId, TicketRouting routing) =>
        MayAct(officer, ticketGridId, ticketCommunityId) && !(routing.IsSecretaryOnly && officer.Role == OfficerRole.Liaison);

    /// <summary>Extension requests are decided by the community's secretary or an administrator.</summary>
    public static bool MayDecideExtensions(Officer officer, long ticketCommunityId) =>
        officer.Role == OfficerRole.Admin || (officer.Role == OfficerRole.Secretary && officer.CommunityId == ticketCommunityId);
}
