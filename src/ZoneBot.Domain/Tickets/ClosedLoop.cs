namespace ZoneBot.Domain;

/// <summary>
/// The rules of the closed loop, in one place: which officer action each stage allows, which stage
/// it leads to, and which moves the firm is told about.
/// 上报 —研判→ 研判 —反馈→ 反馈 —处理完成→ 处理 —回头看→ 回头看 —办结→ 已办结.
/// 转派 keeps the stage and is open until the issue is handled; 申请延期 (and its decision) only
/// while the handling deadline runs after the first response. A firm's 不满意 after the review
/// reopens the ticket at 反馈, so that it is handled again (重新办理).
/// </summary>
public static class ClosedLoop
{
    /// <summary>The stage a reopened ticket goes back to: the next move is 处理完成 again.</summary>
    public const TicketStage ReopenedStage = TicketStage.FedBack;

    private static readonly IReadOnlyDictionary<TicketStage, OfficerAction[]> Allowed = new Dictionary<TicketStage, OfficerAction[]>
    {
        [TicketStage.Reported] = [OfficerAction.Assess, OfficerAction.Transfer],
        [TicketStage.Assessed] = [OfficerAction.FeedBack, OfficerAction.Transfer, OfficerAction.RequestExtension, OfficerAction.DecideExtension],
        [TicketStage.FedBack] = [OfficerAction.Handle, OfficerAction.Transfer, OfficerAction.RequestExtension, OfficerAction.DecideExtension],
        [TicketStage.Handled] = [OfficerAction.Review],
        [TicketStage.Reviewed] = [OfficerAction.Close],
        [TicketStage.Closed] = [],
    };

    /// <summary>What an officer may do at <paramref name="stage"/>, in the order a menu offers it.</summary>
    public static IReadOnlyList<OfficerAction> ActionsAt(TicketStage stage) => Allowed[stage];

    public static bool Allows(TicketStage stage, OfficerAction action) => Allowed[stage].Contains(action);

    /// <summary>The stage after the action; the same stage for actions that do not move the ticket.</summary>
    public static TicketStage StageAfter(TicketStage stage, OfficerAction action) => action switch
    {
        OfficerAction.Assess => TicketStage.Assessed,
        OfficerAction.FeedBack => TicketStage.FedBack,
        OfficerAction.Handle => TicketStage.Handled,
        OfficerAction.Review => TicketStage.Reviewed,
        OfficerAction.Close => TicketStage.Closed,
        _ => stage,
    };

    /// <summary>The moves the firm's user is told about: 反馈, 处理完成 and 办结.</summary>
    public static bool TellsTheFirm(OfficerAction action) =>
        action is OfficerAction.FeedBack or OfficerAction.Handle or OfficerAction.Close;

    /// <summary>A firm's 不满意 reopens a ticket once it has been reviewed (回头看 or 已办结).</summary>
    public static bool CanReopen(TicketStage stage) => stage is TicketStage.Reviewed or TicketStage.Closed;
}
