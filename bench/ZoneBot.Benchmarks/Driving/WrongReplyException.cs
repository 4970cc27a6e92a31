namespace ZoneBot.Benchmarks.Driving;

/// <summary>A turn that did not get the answer its script expects (or no answer at all): an error, not a turn.</summary>
public sealed class WrongReplyException(string message) : Exception(message);
