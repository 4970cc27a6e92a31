namespace ZoneBot.DirectLine.Storage;

/// <summary>One activity of a Direct Line conversation: its place in the order (the watermark), its id and its JSON.</summary>
public sealed record LoggedActivity(long Sequence, string ActivityId, string Json);
