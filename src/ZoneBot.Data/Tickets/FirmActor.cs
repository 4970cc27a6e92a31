
namespace ZoneBot.Data.Tickets;

/// <summary>
/// A firm's chat user reading or acting on the firm's tickets. A verified member (<paramref name="WholeFirm"/>)
/// reaches every ticket of the firm; anyone else only the tickets they filed from this chat user.
/// What they do is recorded as them: <paramref name="Name"/> as they gave it, and their channel user id.
/// </summary>
public sealed record FirmActor(string Name, string ChannelId, string UserId, bool WholeFirm);
