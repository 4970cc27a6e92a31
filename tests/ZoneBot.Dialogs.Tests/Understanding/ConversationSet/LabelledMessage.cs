namespace ZoneBot.Dialogs.Tests.Understanding.ConversationSet;

/// <summary>One line of the conversation test set: a message, its locale, the intent and the slots it means.</summary>
public sealed record LabelledMessage(string Text, string Locale, string Intent, IReadOnlyDictionary<string, string> Slots, string File, int Line)
{
    /// <summary>Every message of the set's files ({part}.{locale}.txt beside the test assembly).</summary>
    public static IReadOnlyList<LabelledMessage> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Understanding", "ConversationSet");
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(Load)];
    }

    private static IEnumerable<LabelledMessage> Load(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var locale = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var lines = System.IO.File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }
            var parts = lines[i].Split(" | ");
            if (parts.Length != 3 && !(parts.Length == 2 && lines[i].EndsWith(" |", StringComparison.Ordinal)))
            {
                throw new FormatException($"{Path.GetFileName(file)}:{i + 1} is not 'intent | text | slots'.");
            }
            var text = parts[1].TrimEnd('|').Trim();
            var slots = parts.Length == 3
                ? parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(pair => pair.Split('=', 2))
                    .ToDictionary(pair => pair[0], pair => pair[1])
                : [];
            yield return new LabelledMessage(text, locale, parts[0].Trim(), slots, name, i + 1);
        }
    }
}
