using System.Text.Json;

namespace ZoneBot.Dialogs.Localization;

/// <summary>Reads the locale and phrase files that this assembly embeds (see the project file).</summary>
internal static class EmbeddedJson
{
    public static T Read<T>(string logicalName)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing.");
        return JsonSerializer.Deserialize<T>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {logicalName} is empty.");
    }
}
