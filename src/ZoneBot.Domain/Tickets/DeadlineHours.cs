namespace ZoneBot.Domain;

/// <summary>How many hours a firm colour gives for the first response (研判) and for handling (处理).</summary>
public sealed class DeadlineHours
{
    public double ResponseHours { get; set; }

    public double HandleHours { get; set; }
}

/// <summary>
/// A category's ceiling on the colour's hours: a safety issue at a green firm must not wait a green
/// firm's full time. Either may be left out to keep the colour's hours.
/// </summary>
public sealed class CategoryDeadlineHours
{
    public double? ResponseHours { get; set; }

    public double? HandleHours { get; set; }
}
