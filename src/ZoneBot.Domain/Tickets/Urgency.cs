namespace ZoneBot.Domain;

/// <summary>How urgent the firm says its issue is (一般 / 紧急).</summary>
public enum Urgency
{
    Normal,
    Urgent,
}

/// <summary>Stable codes and Chinese names of <see cref="Urgency"/>.</summary>
public static class UrgencyNames
{
    private static readonly CodeTable<Urgency> Table = new(
        (Urgency.Normal, "normal", "一般"),
        (Urgency.Urgent, "urgent", "紧急"));

    extension(Urgency urgency)
    {
        /// <summary>What the database stores: normal or urgent.</summary>
        public string Code => Table.CodeOf(urgency);

        public string ChineseName => Table.ChineseNameOf(urgency);
    }

    extension(Urgency)
    {
        public static Urgency FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out Urgency urgency) => Table.TryFromCode(code, out urgency);
    }
}
