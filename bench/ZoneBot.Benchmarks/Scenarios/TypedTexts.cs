using System.Globalization;
using System.Text.Json;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// What the newer scripts type that is not one of the bot's own texts (an officer's notes, the bind command), kept as
/// data in Scenarios/typed-texts.json beside the scripts, as people would type it.
/// </summary>
public static class TypedTexts
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(Load);

    public static string Get(string key, params object?[] args) =>
        Texts.Value.TryGetValue(key, out var text)
            ? string.Format(CultureInfo.InvariantCulture, text, args)
            : throw new KeyNotFoundException($"Scenarios/typed-texts.json has no “{key}”.");

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = typeof(TypedTexts).Assembly.GetManifestResourceStream("ZoneBot.Benchmarks.Scenarios.typed-texts.json")
            ?? throw new InvalidOperationException("Scenarios/typed-texts.json is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
