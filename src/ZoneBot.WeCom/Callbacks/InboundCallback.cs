namespace ZoneBot.WeCom.Callbacks;

/// <summary>A callback taken and acknowledged, waiting for its turn: the message, and the host's address as WeCom reached it (for file links).</summary>
public sealed record InboundCallback(CallbackMessage Message, string PublicBaseUrl);
