namespace ZoneBot.Dialogs.Volunteers;

/// <summary>What the sign-up flow has gathered so far; kept in the waterfall's state, stored only on confirm.</summary>
public sealed class SignUpForm
{
    public long TeamId { get; set; }

    public string TeamName { get; set; } = string.Empty;

    /// <summary>True when the team asked; null when it does not ask.</summary>
    public bool? PartyMember { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public long? EmployerFirmId { get; set; }

    /// <summary>Normalised codes, e.g. weekends,evenings.</summary>
    public string Availability { get; set; } = string.Empty;

    public DateTimeOffset ConsentAt { get; set; }

    /// <summary>The opening message gave the name, phone and availability: the optional employer question is left out.</summary>
    public bool SaidAllAtOnce { get; set; }
}

/// <summary>How <see cref="ChooseTeamDialog"/> starts: a team already named, and teams not to offer again.</summary>
public sealed class ChooseTeamOptions
{
    public long? PreselectedTeamId { get; set; }

    public List<long> Excluded { get; set; } = [];
}

/// <summary>The team chosen, and the answer on party membership where the team asks for it.</summary>
public sealed class TeamChoice
{
    public long TeamId { get; set; }

    public string TeamName { get; set; } = string.Empty;

    public bool? PartyMember { get; set; }
}

/// <summary>The name and mobile number the volunteer gave (as options: what is already known, not asked again).</summary>
public sealed class VolunteerContact
{
    public string Name { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;
}
