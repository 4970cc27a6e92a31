
namespace ZoneBot.Data.Volunteers;

/// <summary>What leaving a team came to.</summary>
public enum LeaveOutcome
{
    /// <summary>No such membership of this chat user (already left, or someone else's).</summary>
    NotFound,

    /// <summary>Left; the person is still in other teams.</summary>
    Left,

    /// <summary>Left their last team: the person's record and personal data were deleted.</summary>
    LeftAndDeleted,
}
