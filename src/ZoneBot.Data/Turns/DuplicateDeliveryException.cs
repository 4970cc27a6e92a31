
namespace ZoneBot.Data.Turns;

/// <summary>Another delivery of the same activity was committed first; this turn's writes were rolled back, none kept.</summary>
public sealed class DuplicateDeliveryException(ActivityKey key)
    : Exception($"Activity {key.ActivityId} of conversation {key.ConversationId} was handled by another delivery first; nothing was written.")
{
    public ActivityKey Key { get; } = key;
}
