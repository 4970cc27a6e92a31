namespace ZoneBot.Dialogs.Intents;

/// <summary>What a free-text message asks for; the names match the keys of the phrase files.</summary>
public enum Intent
{
    None,
    Menu,
    Help,
    FileIssue,
    MyTickets,
    FindLiaison,
    Volunteer,
    MyTasks,
    ChangeFirm,
    MyVolunteering,
    DeleteMyData,
    Bind,
    FirmCode,
    VerifyMembership,

    // Courtesies at rest, answered briefly; they never outweigh a request in the same message.
    Thanks,
    Goodbye,
    Acknowledge,
}
