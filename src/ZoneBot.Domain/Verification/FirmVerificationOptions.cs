using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>
/// Proving membership of a firm: the <c>FirmVerification</c> section of appsettings.json. Codes are
/// short-lived and work once; wrong codes are counted per firm, per chat user and per client address,
/// and each count locks on its own (<see cref="AttemptLimit"/>).
/// </summary>
public sealed class FirmVerificationOptions
{
    public const string Section = "FirmVerification";

    /// <summary>How long a code sent by SMS works.</summary>
    [Range(1, 60)]
    public double SmsCodeMinutes { get; set; } = 10;

    /// <summary>How long a code the grid liaison issues works.</summary>
    [Range(1, 168)]
    public double LiaisonCodeHours { get; set; } = 24;

    /// <summary>SMS codes to one firm's phone per window: each costs money and wakes someone's phone.</summary>
    [Range(1, 50)]
    public int SmsPerFirm { get; set; } = 3;

    [Range(1, 100)]
    public int MaxFailuresPerUser { get; set; } = 5;

    [Range(1, 1000)]
    public int MaxFailuresPerFirm { get; set; } = 10;

    [Range(1, 1000)]
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>The window in which wrong codes (and SMS sends) are counted.</summary>
    [Range(1, 1440)]
    public double WindowMinutes { get; set; } = 60;

    /// <summary>How long a count stays locked after its last wrong code.</summary>
    [Range(1, 1440)]
    public double LockoutMinutes { get; set; } = 60;

    public TimeSpan SmsCodeValidFor => TimeSpan.FromMinutes(SmsCodeMinutes);

    public TimeSpan LiaisonCodeValidFor => TimeSpan.FromHours(LiaisonCodeHours);

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    public AttemptLimit PerUser => new(MaxFailuresPerUser, Window, TimeSpan.FromMinutes(LockoutMinutes));

    public AttemptLimit PerFirm => new(MaxFailuresPerFirm, Window, TimeSpan.FromMinutes(LockoutMinutes));

    public AttemptLimit PerAddress => new(MaxFailuresPerAddress, Window, TimeSpan.FromMinutes(LockoutMinutes));
}
