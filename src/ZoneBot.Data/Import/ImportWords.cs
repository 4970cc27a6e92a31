using System.Text.Json;

namespace ZoneBot.Data.Import;

/// <summary>
/// The words of the town's spreadsheets, from <c>Import/ImportWords.json</c> (embedded, read once): each
/// column's headers, the town's Chinese header first, and the words around values (3号网格, 其它).
/// </summary>
public static class ImportWords
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Sections = Read();

    /// <summary>A column of a roster (<c>firms</c> or <c>grids</c>) by its key, with its headers.</summary>
    public static RosterColumn Column(string roster, string key, bool required) =>
        new(required, Words(roster, key));

    /// <summary>The words of <paramref name="key"/> in a section; a missing list is a broken build, not an empty one.</summary>
    public static string[] Words(string section, string key) =>
        Sections.GetValueOrDefault(section)?.GetValueOrDefault(key) is { Length: > 0 } words
            ? words
            : throw new InvalidOperationException($"Import/ImportWords.json has no words for {section}.{key}.");

    /// <summary>Every list of the file, for the check that none is empty.</summary>
    public static IEnumerable<(string Section, string Key, string[] Words)> All() =>
        Sections.SelectMany(section => section.Value.Select(list => (section.Key, list.Key, list.Value)));

    private static Dictionary<string, Dictionary<string, string[]>> Read()
    {
        const string name = "Import/ImportWords.json";
        using var stream = typeof(ImportWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }
}
