using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A conversation's state as the storage keeps it: the JSON text that <see cref="ConversationStore"/> wrote, handed to the
/// storage and back unparsed, so that the state is parsed once per turn (by the store, into its typed values) and
/// serialised once. The text begins with <see cref="Marker"/>, by which a storage tells it from other items.
/// </summary>
public sealed class StateDocument : IStoreItem
{
    /// <summary>How every document's text begins: the format's version (BotState's dictionaries, before, were the first).</summary>
    public const string Marker = "{\"$state\":2";

    public string Json { get; set; } = Empty;

    public string? ETag { get; set; }

    /// <summary>The text of a conversation with no state.</summary>
    public const string Empty = Marker + "}";

    /// <summary>Whether stored text is a document (else an item of another kind, or state in the format before).</summary>
    public static bool IsDocument(string json) => json.StartsWith(Marker, StringComparison.Ordinal);
}
