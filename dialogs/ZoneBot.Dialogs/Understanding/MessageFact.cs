namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// The kinds of fact a message can hold, one per <see cref="IEntityRecognizer"/>: what a caller of
/// <see cref="MessageReader"/> asks for, so that a message is read only for what can count at its step.
/// </summary>
[Flags]
public enum MessageFact
{
    None = 0,
    Phone = 1 << 0,
    ContactName = 1 << 1,
    PersonName = 1 << 2,
    Urgency = 1 << 3,
    VisitTime = 1 << 4,
    Location = 1 << 5,
    Category = 1 << 6,

    /// <summary>Whether the message tells of a problem (<see cref="MessageFacts.DescribesProblem"/>).</summary>
    Problem = 1 << 7,
    Firm = 1 << 8,
    Team = 1 << 9,
    Availability = 1 << 10,
    All = (1 << 11) - 1,
}
