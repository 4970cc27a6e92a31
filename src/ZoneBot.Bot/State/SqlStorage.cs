using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZoneBot.Data;

namespace ZoneBot.Bot.State;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> over the bot_state table, so that conversation state
/// survives a restart and is shared by every instance over one database. Items are JSON made as
/// MemoryStorage makes it (type names included: the dialog stack holds typed objects).
/// The eTag contract: every write gives the item a new eTag; an item written with the eTag it was read
/// with (an <see cref="IStoreItem"/>'s ETag, or "eTag" in a dictionary or JObject, which is how
/// BotState's dictionaries carry it) is refused with <see cref="ETagConflictException"/> when the
/// stored one has changed since; "*" or no eTag writes whatever is stored.
/// </summary>
public sealed class SqlStorage(BotStateStore store) : IStorage
{
    private const string ETagName = "eTag";

    // As MemoryStorage, plus: dates are left as text (a user's "2026-11-28" stays a string; typed
    // properties still parse), and no depth limit, since MemoryStorage never parses text at all.
    // Type names are honoured because the only writer of bot_state is this class.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        foreach (var row in await store.ReadAsync(keys, cancellationToken))
        {
            if (Deserialize(row.Data) is { } item)
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
            var expected = ETagOf(item);
            if (expected is null or "" or "*")
            {
                Remember(item, await store.WriteAsync(key, data, cancellationToken));
                continue;
            }
            var etag = await store.WriteIfUnchangedAsync(key, data, expected, cancellationToken)
                ?? throw new ETagConflictException(key);
            Remember(item, etag);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }

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
    /// A dictionary or JObject written is BotState's cached state: it learns its new eTag, so that a
    /// second save in the same turn is not refused as stale. An IStoreItem keeps the eTag it was read
    /// with, as the Bot Framework's storages do.
    /// </summary>
    private static void Remember(object? item, string etag)
    {
        if (item is IDictionary<string, object> or JObject)
        {
            WithETag(item, etag);
        }
    }

    /// <summary>The item's JSON; a dictionary's or JObject's "eTag" is kept in its own column, not in the data.</summary>
    private static string Serialize(object? item)
    {
        var json = item is null ? JValue.CreateNull() : JToken.FromObject(item, Serializer);
        if (item is not IStoreItem && json is JObject properties)
        {
            properties.Remove(ETagName);
        }
        return json.ToString(Formatting.None);
    }

    private static object? Deserialize(string data)
    {
        using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        return Serializer.Deserialize(reader);
    }
}
