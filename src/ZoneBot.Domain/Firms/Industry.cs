namespace ZoneBot.Domain;

/// <summary>
/// The zone's main industries. <see cref="Other"/> exists because the real roster has firms
/// outside the five; the demo data uses only the five.
/// </summary>
public enum Industry
{
    ChemicalFibre,
    Electrical,
    Kitchenware,
    AutoParts,
    Lighting,
    Other,
}

/// <summary>Stable codes and Chinese names of <see cref="Industry"/>.</summary>
public static class IndustryNames
{
    private static readonly CodeTable<Industry> Table = new(
        (Industry.ChemicalFibre, "chemical_fibre", "化纤"),
        (Industry.Electrical, "electrical", "电器"),
        (Industry.Kitchenware, "kitchenware", "厨具"),
        (Industry.AutoParts, "auto_parts", "汽配"),
        (Industry.Lighting, "lighting", "灯具"),
        (Industry.Other, "other", "其他"));

    extension(Industry industry)
    {
        /// <summary>What the database and CSV files store, e.g. auto_parts.</summary>
        public string Code => Table.CodeOf(industry);

        public string ChineseName => Table.ChineseNameOf(industry);
    }

    extension(Industry)
    {
        public static Industry FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out Industry industry) => Table.TryFromCode(code, out industry);
    }
}
