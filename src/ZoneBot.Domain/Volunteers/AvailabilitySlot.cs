namespace ZoneBot.Domain;

/// <summary>When a volunteer can help, as the teams plan their rota.</summary>
public enum AvailabilitySlot
{
    /// <summary>Monday to Friday, daytime (工作日).</summary>
    Weekdays,

    /// <summary>Saturday, Sunday and holidays (周末).</summary>
    Weekends,

    /// <summary>After work (晚上).</summary>
    Evenings,
}

/// <summary>Stable codes and Chinese names of <see cref="AvailabilitySlot"/>.</summary>
public static class AvailabilitySlotNames
{
    private static readonly CodeTable<AvailabilitySlot> Table = new(
        (AvailabilitySlot.Weekdays, "weekdays", "工作日"),
        (AvailabilitySlot.Weekends, "weekends", "周末"),
        (AvailabilitySlot.Evenings, "evenings", "晚上"));

    extension(AvailabilitySlot slot)
    {
        /// <summary>What the database stores: weekdays, weekends, evenings.</summary>
        public string Code => Table.CodeOf(slot);

        public string ChineseName => Table.ChineseNameOf(slot);
    }

    extension(AvailabilitySlot)
    {
        public static AvailabilitySlot FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out AvailabilitySlot slot) => Table.TryFromCode(code, out slot);
    }
}
