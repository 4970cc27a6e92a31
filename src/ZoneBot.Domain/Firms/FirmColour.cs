namespace ZoneBot.Domain;

/// <summary>
/// The zone's four-colour classification of firms by management problems and safety hazards:
/// green gets preferential service, yellow active support, orange real-time monitoring, red strict
/// control. The colour sets how fast the firm's tickets must be handled (red is strictest).
/// </summary>
public enum FirmColour
{
    Green,
    Yellow,
    Orange,
    Red,
}

/// <summary>Stable codes and Chinese names of <see cref="FirmColour"/>.</summary>
public static class FirmColourNames
{
    private static readonly CodeTable<FirmColour> Table = new(
        (FirmColour.Green, "green", "绿色"),
        (FirmColour.Yellow, "yellow", "黄色"),
        (FirmColour.Orange, "orange", "橙色"),
        (FirmColour.Red, "red", "红色"));

    extension(FirmColour colour)
    {
        /// <summary>What the database and CSV files store: green, yellow, orange, red.</summary>
        public string Code => Table.CodeOf(colour);

        public string ChineseName => Table.ChineseNameOf(colour);
    }

    extension(FirmColour)
    {
        public static FirmColour FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out FirmColour colour) => Table.TryFromCode(code, out colour);
    }
}
