namespace ZoneBot.Domain;

/// <summary>
/// The closed loop a ticket moves through, in order:
/// 上报 → 研判 → 反馈 → 处理 → 回头看 → 已办结.
/// </summary>
public enum TicketStage
{
    Reported,
    Assessed,
    FedBack,
    Handled,
    Reviewed,
    Closed,
}

/// <summary>Stable codes and Chinese names of <see cref="TicketStage"/>.</summary>
public static class TicketStageNames
{
    private static readonly CodeTable<TicketStage> Table = new(
        (TicketStage.Reported, "reported", "上报"),
        (TicketStage.Assessed, "assessed", "研判"),
        (TicketStage.FedBack, "fed_back", "反馈"),
        (TicketStage.Handled, "handled", "处理"),
        (TicketStage.Reviewed, "reviewed", "回头看"),
        (TicketStage.Closed, "closed", "已办结"));

    extension(TicketStage stage)
    {
        /// <summary>What the database stores, e.g. fed_back.</summary>
        public string Code => Table.CodeOf(stage);

        public string ChineseName => Table.ChineseNameOf(stage);
    }

    extension(TicketStage)
    {
        public static TicketStage FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out TicketStage stage) => Table.TryFromCode(code, out stage);
    }
}
