using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZoneBot.Data;
using ZoneBot.Data.State;
using ZoneBot.Data.Turns;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Bot.State;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> over the bot_state table, so that conversation state
/// survives a restart and is shared by every instance over one database.
/// The conversations' state is a <see cref="StateDocument"/>: its text is stored as it is and read back unparsed (the
/// dialogs' ConversationStore parses it once, into its typed values). Any other item is stored as lean JSON: only the item
/// itself carries its type name; what is inside is plain JSON. Rows written before the documents (BotState's dictionary,
/// some with type names throughout) are read as they were.
/// Inside a turn (<see cref="TurnWrites.Current"/>), reads are served from the turn's first round trip and writes
/// are kept for the turn's one transaction at its end, with the claim of its activity: an eTag conflict found then
/// fails the whole commit, and nothing of the turn is written.
/// The eTag contract: every write gives the item a new eTag; an item written with the eTag it was read
/// with (an <see cref="IStoreItem"/>'s ETag, or "eTag" in a dictionary or JObject, which is how
/// BotState's dictionaries carry it) is refused with <see cref="ETagConflictException"/> when the
/// stored one has changed since; "*" or no eTag writes whatever is stored.
/// </summary>
public sealed class SqlStorage(BotStateStore store, TimeProvider time) : IStorage
{
    private const string ETagName = "eTag";

    // Reading honours type names, because the only writer of bot_state is this class: the item's own, and those of
    // rows written before state was lean. Dates are left as text (a user's "2026-11-28" stays a string; typed
    // properties still parse), and no depth limit, since MemoryStorage never parses text at all.
    private static readonly JsonSerializer Reader = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    // Writing leaves type names out; only the root gets its own (see Serialize).
    private static readonly JsonSerializer Writer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    // The eTags each turn's state was read with, by key: a state saved twice in a turn is written once, checked against the first.
    private static readonly ConditionalWeakTable<TurnWrites, Dictionary<string, string?>> ReadETags = new();

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        var toRead = keys;
        if (TurnWrites.Current is { Prefetched.Count: > 0 } turn)
        {
            // The state read with the turn's claim: no second round trip for it.
            toRead = [.. keys.Where(key => !turn.Prefetched.ContainsKey(key))];
            foreach (var key in keys.Except(toRead))
            {
                if (turn.Prefetched.Remove(key, out var row) && row is not null && ItemOf(row.Data) is { } item)
                {
                    items[key] = WithETag(item, row.ETag);
                }
            }
        }
        if (toRead.Length == 0)
        {
            return items;
        }
        foreach (var row in await store.ReadAsync(toRead, cancellationToken))
        {
            if (ItemOf(row.Data) is { } item)
            {
                items[row.Key] = WithETag(item, row.ETag);
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            var data = Serialize(item);
            var expected = ETagOf(item) is { } etag and not ("" or "*") ? etag : null;
            if (TurnWrites.Current is { } turn && Defer(turn, key, data, expected) is { } pending)
            {
                Remember(item, pending);
                continue;
            }
            if (expected is null)
            {
                Remember(item, await store.WriteAsync(key, data, cancellationToken));
                continue;
            }
            Remember(item, await store.WriteIfUnchangedAsync(key, data, expected, cancellationToken)
                ?? throw new ETagConflictException(key));
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (TurnWrites.Current is { } turn && keys.All(key => turn.TryAddOrReplace(Slot(key), (connection, transaction, ct) =>
            {
                // Gone for good: a later save in the same turn writes whatever was there.
                return BotStateStore.DeleteInAsync(connection, transaction, key, ct);
            })))
        {
            var etags = ReadETags.GetOrCreateValue(turn);
            lock (etags)
            {
                foreach (var key in keys)
                {
                    etags[key] = null;
                }
            }
            return Task.CompletedTask;
        }
        return store.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>
    /// Keeps the write for the turn's commit, checked against the eTag the turn first read (a second save in the turn
    /// replaces the first); returns the row's eTag to be, or null when the turn takes no more writes.
    /// </summary>
    private string? Defer(TurnWrites turn, string key, string data, string? expected)
    {
        var etags = ReadETags.GetOrCreateValue(turn);
        lock (etags)
        {
            if (!etags.TryAdd(key, expected))
            {
                expected = etags[key];
            }
        }
        var row = new StoredState(key, BotStateStore.NewETag(), data);
        var now = time.GetUtcNow();
        return turn.TryAddOrReplace(Slot(key), async (connection, transaction, ct) =>
        {
            if (!await BotStateStore.WriteInAsync(connection, transaction, row, expected, now, ct))
            {
                throw new ETagConflictException(key);
            }
        }) ? row.ETag : null;
    }

    private static string Slot(string key) => "bot_state:" + key;

    private static string? ETagOf(object? item) => item switch
    {
        IStoreItem storeItem => storeItem.ETag,
        IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagName, out var etag) ? etag?.ToString() : null,
        JObject json => json.Value<string>(ETagName),
        _ => null,
    };

    private static object WithETag(object item, string etag)
    {
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case IDictionary<string, object> dictionary:
                dictionary[ETagName] = etag;
                break;
            case JObject json:
                json[ETagName] = etag;
                break;
        }
        return item;
    }

    /// <summary>
    /// A state document, dictionary or JObject written is a conversation's state kept for the rest of its turn: it learns
    /// its new eTag, so that a second save in the same turn is not refused as stale. Another IStoreItem keeps the eTag it
    /// was read with, as the Bot Framework's storages do.
    /// </summary>
    private static void Remember(object? item, string etag)
    {
        if (item is StateDocument or IDictionary<string, object> or JObject)
        {
            WithETag(item, etag);
        }
    }

    /// <summary>
    /// The item's JSON, lean, with the item's own type name only; a dictionary's or JObject's "eTag" is kept in its own
    /// column, not in the data.
    /// </summary>
    private static string Serialize(object? item)
    {
        if (item is StateDocument document)
        {
            return document.Json;
        }
        var json = item is null ? JValue.CreateNull() : JToken.FromObject(item, Writer);
        if (json is JObject properties)
        {
            if (item is not IStoreItem)
            {
                properties.Remove(ETagName);
            }
            if (item is not JObject && TypeNameOf(item!.GetType()) is { } typeName)
            {
                properties.AddFirst(new JProperty("$type", typeName));
            }
        }
        return json.ToString(Formatting.None);
    }

    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();

    private static string TypeNameOf(Type type) => TypeNames.GetOrAdd(type, static type =>
    {
        Reader.SerializationBinder.BindToName(type, out var assembly, out var name);
        return name + ", " + assembly;
    });

    /// <summary>A state document as its text, unparsed; any other row as the item it was written as.</summary>
    private static object? ItemOf(string data) => StateDocument.IsDocument(data) ? new StateDocument { Json = data } : Deserialize(data);

    private static object? Deserialize(string data)
    {
        using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        return Reader.Deserialize(reader);
    }
}
