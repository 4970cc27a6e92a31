namespace ZoneBot.Domain;

/// <summary>What an officer can do to a ticket from the chat.</summary>
public enum OfficerAction
{
    /// <summary>研判: confirm or change the category and urgency, with a note; the deadlines are recomputed.</summary>
    Assess,

    /// <summary>反馈: a message to the firm.</summary>
    FeedBack,

    /// <summary>处理完成: what was done, optionally with photos.</summary>
    Handle,

    /// <summary>回头看: the follow-up review, with a note.</summary>
    Review,

    /// <summary>办结: close the ticket after the review.</summary>
    Close,

    /// <summary>转派: hand the ticket to another grid's liaison, with a reason.</summary>
    Transfer,

    /// <summary>申请延期: ask the community secretary for more days to handle it, with a reason.</summary>
    RequestExtension,

    /// <summary>批准 or 驳回 a pending extension request: the secretary or an administrator.</summary>
    DecideExtension,
}

/// <summary>Stable codes of <see cref="OfficerAction"/>, for dialog state and texts.</summary>
public static class OfficerActionNames
{
    private static readonly CodeTable<OfficerAction> Table = new(
        (OfficerAction.Assess, "assess", "研判"),
        (OfficerAction.FeedBack, "feed_back", "反馈"),
        (OfficerAction.Handle, "handle", "处理完成"),
        (OfficerAction.Review, "review", "回头看"),
        (OfficerAction.Close, "close", "办结"),
        (OfficerAction.Transfer, "transfer", "转派"),
        (OfficerAction.RequestExtension, "request_extension", "申请延期"),
        (OfficerAction.DecideExtension, "decide_extension", "审批延期"));

    extension(OfficerAction action)
    {
        public string Code => Table.CodeOf(action);

        public string ChineseName => Table.ChineseNameOf(action);
    }

    extension(OfficerAction)
    {
        public static OfficerAction FromCode(string code) => Table.FromCode(code);
    }
}
