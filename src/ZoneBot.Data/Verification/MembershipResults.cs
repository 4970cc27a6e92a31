
namespace ZoneBot.Data.Verification;

/// <summary>What became of asking for a code by SMS.</summary>
public enum SmsRequestOutcome
{
    /// <summary>Sent to the firm's phone (<see cref="SmsRequestResult.MaskedPhone"/>).</summary>
    Sent,

    /// <summary>The roster has no contact phone for the firm: only the liaison's code can help.</summary>
    NoPhone,

    /// <summary>Enough codes went out lately (to the firm, or for this user or address); again at <see cref="SmsRequestResult.RetryAt"/>.</summary>
    TooMany,

    /// <summary>Too many wrong codes: verifying is locked until <see cref="SmsRequestResult.RetryAt"/>.</summary>
    LockedOut,

    /// <summary>The SMS gateway failed; nothing usable was issued.</summary>
    SendFailed,
}

public sealed record SmsRequestResult(SmsRequestOutcome Outcome, string? MaskedPhone = null, DateTimeOffset? ExpiresAt = null, DateTimeOffset? RetryAt = null);

/// <summary>What became of a membership code typed in chat.</summary>
public enum VerifyOutcome
{
    Verified,

    /// <summary>No such code for this firm and user, or used, or expired: the user is not told which.</summary>
    Invalid,

    /// <summary>Too many wrong codes, for this user, address or firm: locked until <see cref="VerifyResult.LockedUntil"/>.</summary>
    LockedOut,
}

public sealed record VerifyResult(VerifyOutcome Outcome, DateTimeOffset? LockedUntil = null);

/// <summary>A code the grid liaison (or an administrator) hands to a firm's person; shown once, only its hash is kept.</summary>
public sealed record IssuedFirmCode(long FirmId, string FirmName, string Code, DateTimeOffset ExpiresAt);
