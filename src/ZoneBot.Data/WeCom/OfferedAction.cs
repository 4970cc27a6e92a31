
namespace ZoneBot.Data.WeCom;

/// <summary>One numbered choice shown in a WeCom conversation: what it said, and what picking it sends.</summary>
public sealed record OfferedAction(string Title, string Value);
