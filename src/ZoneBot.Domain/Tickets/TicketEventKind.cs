namespace ZoneBot.Domain;

/// <summary>What happened in one line of a ticket's history.</summary>
public enum TicketEventKind
{
    /// <summary>The firm filed the ticket; always the first event.</summary>
    Filed,

    /// <summary>An officer moved the ticket to another stage of the closed loop.</summary>
    StageChanged,

    /// <summary>The firm added information (补充).</summary>
    Supplemented,

    /// <summary>The firm urged the liaison (催办).</summary>
    Urged,

    /// <summary>The ticket was handed to another grid or officer (转派).</summary>
    Transferred,

    /// <summary>The ticket passed a deadline and was escalated.</summary>
    Escalated,

    /// <summary>The firm rated the outcome.</summary>
    Rated,

    /// <summary>An officer asked for more time to handle it (申请延期).</summary>
    ExtensionRequested,

    /// <summary>The secretary or an administrator approved or refused more time.</summary>
    ExtensionDecided,

    /// <summary>The firm was not satisfied after the review: the ticket is handled again (重新办理).</summary>
    Reopened,
}

/// <summary>Stable codes and Chinese names of <see cref="TicketEventKind"/>.</summary>
public static class TicketEventKindNames
{
    private static readonly CodeTable<TicketEventKind> Table = new(
        (TicketEventKind.Filed, "filed", "上报"),
        (TicketEventKind.StageChanged, "stage_changed", "环节变更"),
        (TicketEventKind.Supplemented, "supplemented", "补充"),
        (TicketEventKind.Urged, "urged", "催办"),
        (TicketEventKind.Transferred, "transferred", "转派"),
        (TicketEventKind.Escalated, "escalated", "超时升级"),
        (TicketEventKind.Rated, "rated", "评价"),
        (TicketEventKind.ExtensionRequested, "extension_requested", "申请延期"),
        (TicketEventKind.ExtensionDecided, "extension_decided", "延期审批"),
        (TicketEventKind.Reopened, "reopened", "重新办理"));

    extension(TicketEventKind kind)
    {
        /// <summary>What the database stores, e.g. stage_changed.</summary>
        public string Code => Table.CodeOf(kind);

        public string ChineseName => Table.ChineseNameOf(kind);
    }

    extension(TicketEventKind)
    {
        public static TicketEventKind FromCode(string code) => Table.FromCode(code);

        public static bool TryFromCode(string? code, out TicketEventKind kind) => Table.TryFromCode(code, out kind);
    }
}
