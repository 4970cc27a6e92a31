using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZoneBot.Domain;

/// <summary>One point of a checklist, with its short and full name in each locale (zh-CN, en-US).</summary>
public sealed record ChecklistItem(string Code, IReadOnlyDictionary<string, ChecklistWords> Words)
{
    public string ShortName(string locale) => (Words.GetValueOrDefault(locale) ?? Words["zh-CN"]).Short;

    public string Name(string locale) => (Words.GetValueOrDefault(locale) ?? Words["zh-CN"]).Name;
}

/// <summary>An item's words in one locale.</summary>
public sealed record ChecklistWords(string Short, string Name);

/// <summary>
/// The checklists by inspection kind (<c>Inspections/checklists.json</c>, shipped inside the assembly): what
/// the liaison goes through, item by item. The kind of the plan's inspections is <see cref="DefaultKind"/>.
/// </summary>
public sealed class Checklists
{
    public const string DefaultKind = "safety";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<ChecklistItem>> _kinds;

    public Checklists(IReadOnlyDictionary<string, IReadOnlyList<ChecklistItem>> kinds) => _kinds = kinds;

    public static Checklists Shipped { get; } = Read();

    public IReadOnlyList<ChecklistItem> For(string kind) =>
        _kinds.TryGetValue(kind, out var items) ? items : throw new KeyNotFoundException($"No checklist for inspection kind '{kind}'.");

    public IEnumerable<ChecklistItem> AllItems => _kinds.Values.SelectMany(items => items).DistinctBy(item => item.Code);

    /// <summary>The item with this code, from any kind's list; null when none has it.</summary>
    public ChecklistItem? Item(string code) => AllItems.FirstOrDefault(item => item.Code == code);

    private static Checklists Read()
    {
        using var stream = typeof(Checklists).Assembly.GetManifestResourceStream("Inspections/checklists.json")
            ?? throw new InvalidOperationException("The checklists are not embedded.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, List<RawItem>>>(stream, Json)
            ?? throw new InvalidOperationException("The checklists file is empty.");
        return new Checklists(raw.ToDictionary(
            kind => kind.Key,
            kind => (IReadOnlyList<ChecklistItem>)[.. kind.Value.Select(item => new ChecklistItem(item.Code, new Dictionary<string, ChecklistWords>
            {
                ["zh-CN"] = item.Chinese,
                ["en-US"] = item.English,
            }))]));
    }

    private sealed class RawItem
    {
        public string Code { get; set; } = string.Empty;

        [JsonPropertyName("zh-CN")]
        public ChecklistWords Chinese { get; set; } = new(string.Empty, string.Empty);

        [JsonPropertyName("en-US")]
        public ChecklistWords English { get; set; } = new(string.Empty, string.Empty);
    }
}
