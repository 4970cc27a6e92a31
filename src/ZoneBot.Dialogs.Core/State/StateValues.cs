using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Reads values back from dialog state. A value written as an <c>int</c> or a POCO does not always come
/// back as one: numbers come back as <c>long</c>, objects and lists of a type not yet asked for as JSON
/// (<see cref="JsonElement"/>; a <see cref="JToken"/> from older code). Every read of state goes through here.
/// </summary>
public static class StateValues
{
    /// <summary>The value as a <typeparamref name="T"/>, converting numbers, dates and JSON as needed.</summary>
    public static T? To<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JsonElement json when json.ValueKind is JsonValueKind.Object or JsonValueKind.Array:
                return json.Deserialize<T>(StateJson.Options);
            case JsonElement json:
                return To<T>(StateValueConverter.Natural(json));
            case JToken token:
                return token.Type == JTokenType.Null ? default : token.ToObject<T>();
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum)
        {
            return value is string name
                ? (T)Enum.Parse(target, name, ignoreCase: true)
                : (T)Enum.ToObject(target, Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal) || target == typeof(string)))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        return JsonSerializer.SerializeToElement(value, value.GetType(), StateJson.Options).Deserialize<T>(StateJson.Options);
    }

    /// <summary>The value under <paramref name="key"/> as a <typeparamref name="T"/>, or the default when absent.</summary>
    public static T? Get<T>(IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? To<T>(value) : default;

    /// <summary>
    /// The object under <paramref name="key"/>, converted if it came back from storage in another shape and
    /// written back, so that changes made to it are saved; created when absent.
    /// </summary>
    public static T GetOrAdd<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : class
    {
        if (state.TryGetValue(key, out var value) && value is T typed)
        {
            return typed;
        }
        var converted = value is null ? create() : To<T>(value) ?? create();
        state[key] = converted;
        return converted;
    }
}
