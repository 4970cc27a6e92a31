using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>
/// A storage that keeps JSON text without type names, as a database-backed storage might: everything comes
/// back as JObjects, longs and strings. Proves the dialog state does not depend on MemoryStorage's type names.
/// </summary>
public sealed class PlainJsonStorage : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public IReadOnlyDictionary<string, string> Items => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = keys
            .Where(_items.ContainsKey)
            .ToDictionary(key => key, key => (object)JObject.Parse(_items[key]));
        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value);
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
