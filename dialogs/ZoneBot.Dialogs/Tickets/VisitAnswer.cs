using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>The answer to "希望什么时候上门": a moment, a wish (尽快, 随时), or nothing (跳过).</summary>
public sealed class VisitAnswer
{
    public DateTimeOffset? At { get; set; }

    public VisitWish? Wish { get; set; }
}
