using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A conversation's state (the dialog stack, the last buttons, ...), kept in an <see cref="IStorage"/> under the key the
/// Bot Framework's ConversationState used ("{channel}/conversations/{id}"), without its BotState: read once per turn and
/// parsed straight into the typed values its properties ask for; at the end of the turn serialised once, and written,
/// with the eTag it was read with, only when the text differs from the text read (a turn that changes nothing writes
/// nothing). State stored by BotState before (a dictionary) still loads, and is written in this format at its next save.
/// The JSON is System.Text.Json's, as <see cref="StateJson"/> sets it out; documents Newtonsoft wrote before read the same.
/// </summary>
public sealed class ConversationStore(IStorage storage)
{
    private readonly IStorage _storage = storage ?? throw new ArgumentNullException(nameof(storage));

    // Each store keeps its turn's state under its own key of the turn.
    private readonly string _turnKey = nameof(ConversationStore) + "/" + Guid.NewGuid().ToString("N");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly ConcurrentDictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>A property of the conversation's state; the stored JSON of <paramref name="name"/> is read as a <typeparamref name="T"/>.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _types[name] = typeof(T);
        return new Property<T>(this, name);
    }

    /// <summary>Reads the conversation's state, unless this turn already has (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(_turnKey))
        {
            return;
        }
        var key = KeyOf(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken);
        turnContext.TurnState[_turnKey] = items.TryGetValue(key, out var item) ? Loaded(key, item) : new LoadedState(key, StateDocument.Empty, null);
    }

    /// <summary>Writes the state when it changed this turn (or <paramref name="force"/>), with the eTag it was read with.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!turnContext.TurnState.TryGetValue(_turnKey, out var loaded) || loaded is not LoadedState state)
        {
            return;
        }
        var json = Serialize(state.Values);
        if (!force && json == state.Json)
        {
            return;
        }
        var document = new StateDocument { Json = json, ETag = state.ETag };
        await _storage.WriteAsync(new Dictionary<string, object> { [state.Key] = document }, cancellationToken);
        // A storage that gives the written document its new eTag lets a second save of this turn be checked against it.
        state.Json = json;
        state.ETag = document.ETag;
    }

    /// <summary>Forgets every value of the conversation's state; saved at the next save.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        ((LoadedState)turnContext.TurnState[_turnKey]).Values.Clear();
    }

    /// <summary>The storage key of the turn's conversation, as the Bot Framework's ConversationState names it.</summary>
    public static string KeyOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channel = activity?.ChannelId;
        var conversation = activity?.Conversation?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            throw new InvalidOperationException("The activity names no channel or conversation, so it has no conversation state.");
        }
        return $"{channel}/conversations/{conversation}";
    }

    private async Task<Dictionary<string, object?>> ValuesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return ((LoadedState)turnContext.TurnState[_turnKey]).Values;
    }

    private LoadedState Loaded(string key, object item) => item switch
    {
        StateDocument document => new LoadedState(key, document.Json, document.ETag) { Values = Parse(document.Json) },
        // BotState's dictionary, as stored before: read once into the typed values, written anew at the next save.
        IDictionary<string, object> dictionary => FromBotState(key, dictionary.Select(pair => (pair.Key, (object?)pair.Value))),
        JObject json => FromBotState(key, json.Properties().Select(property => (property.Name, (object?)property.Value))),
        _ => throw new InvalidOperationException($"The state stored under '{key}' is a {item.GetType().Name}, not a conversation's state."),
    };

    private LoadedState FromBotState(string key, IEnumerable<(string Name, object? Value)> properties)
    {
        string? etag = null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (name == "eTag")
            {
                etag = value?.ToString();
            }
            else if (value is not null and not JValue { Type: JTokenType.Null })
            {
                var json = AsJson(value);
                values[name] = _types.TryGetValue(name, out var type) ? ToType(json, type) : json;
            }
        }
        return new LoadedState(key, null, etag) { Values = values };
    }

    private Dictionary<string, object?> Parse(string json)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        // The text's UTF-8 in a pooled buffer: what is read from it is copied (strings, and JSON kept as JsonElement).
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(0, Encoding.UTF8.GetBytes(json, utf8)), StateJson.ReaderOptions);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (name == "$state")
                {
                    continue;
                }
                // A property no code has asked for (yet) is kept as it was, and written back as it was.
                values[name] = _types.TryGetValue(name, out var type)
                    ? JsonSerializer.Deserialize(ref reader, StateJson.Options.GetTypeInfo(type))
                    : JsonElement.ParseValue(ref reader);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
        return values;
    }

    private static string Serialize(Dictionary<string, object?> values)
    {
        // One buffer per thread, reused: serialising is synchronous, and every turn does it.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, StateJson.WriterOptions))
        {
            // {"$state":2 first, as StateDocument.Marker says.
            writer.WriteStartObject();
            writer.WriteNumber("$state", 2);
            foreach (var (name, value) in values)
            {
                if (value is not null)
                {
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, value, StateJson.Options.GetTypeInfo(value.GetType()));
                }
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static object? ToType(object value, Type type) => type.IsInstanceOfType(value)
        ? value
        : JsonSerializer.Deserialize(value as JsonElement? ?? JsonSerializer.SerializeToElement(value, value.GetType(), StateJson.Options), StateJson.Options.GetTypeInfo(type));

    // A value of BotState's dictionary (a JToken, or an object of MemoryStorage) as the JSON this store keeps.
    private static object AsJson(object value)
    {
        var text = value is JToken token ? token.ToString(Newtonsoft.Json.Formatting.None) : Newtonsoft.Json.JsonConvert.SerializeObject(value);
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = StateJson.ReaderOptions.MaxDepth });
        var root = json.RootElement.Clone();
        return StateValueConverter.Natural(root) ?? root;
    }

    /// <summary>What one turn read of the conversation, and its values as the dialogs change them.</summary>
    private sealed class LoadedState(string key, string? json, string? etag)
    {
        public string Key { get; } = key;

        /// <summary>The text last read or written this turn (an empty document when none is stored); null when it was in BotState's format.</summary>
        public string? Json { get; set; } = json;

        public string? ETag { get; set; } = etag;

        public Dictionary<string, object?> Values { get; init; } = new(StringComparer.Ordinal);
    }

    private sealed class Property<T>(ConversationStore store, string name) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            var values = await store.ValuesAsync(turnContext, cancellationToken);
            if (values.TryGetValue(Name, out var value) && value is not null)
            {
                if (value is T typed)
                {
                    return typed;
                }
                // Another property of this name read it as another type: this one's from now on.
                var converted = (T)ToType(value, typeof(T))!;
                values[Name] = converted;
                return converted;
            }
            if (defaultValueFactory is null)
            {
                return default!;
            }
            var created = defaultValueFactory();
            values[Name] = created;
            return created;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
            (await store.ValuesAsync(turnContext, cancellationToken))[Name] = value;

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            (await store.ValuesAsync(turnContext, cancellationToken)).Remove(Name);
    }
}
