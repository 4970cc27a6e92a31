using System.Text.Json;

namespace ZoneBot.Domain;

/// <summary>The words <see cref="FirmNameText"/> strips from firm names, from the embedded FirmNameWords.json.</summary>
internal sealed record FirmNameWords(string[] Prefixes, string[] Suffixes)
{
    public static FirmNameWords Read()
    {
        const string name = "Firms/FirmNameWords.json";
        using var stream = typeof(FirmNameWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<FirmNameWords>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }
}
