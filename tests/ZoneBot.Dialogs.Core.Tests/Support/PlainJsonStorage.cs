using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>
/// A storage that keeps JSON text without type names, as a database-backed storage might: a conversation's
/// <see cref="StateDocument"/> is kept as its text and handed back as one, anything else comes back as JObjects, longs
/// and strings. Proves the dialog state does not depend on MemoryStorage's type names.
/// </summary>
public sealed class PlainJsonStorage : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public IReadOnlyDictionary<string, string> Items => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = keys
            .Where(_items.ContainsKey)
            .ToDictionary(key => key, key => StateDocument.IsDocument(_items[key]) ? new StateDocument { Json = _items[key] } : (object)JObject.Parse(_items[key]));
        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = value is StateDocument document ? document.Json : JsonConvert.SerializeObject(value);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }
        return Task.CompletedTask;
    }
}
