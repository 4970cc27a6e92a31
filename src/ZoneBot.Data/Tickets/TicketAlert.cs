using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// The payload (JSON, camelCase) of an outbox row about a ticket, for an officer or for the firm's
/// user who filed it. Codes, not Chinese names, so the dispatcher words the alert in the recipient's
/// language. The optional parameters at the end are set by the kinds that need them.
/// </summary>
/// <param name="Summary">The start of the description, short enough for an alert.</param>
/// <param name="Note">What the firm added (补充), the officer's message (反馈, 处理完成, 办结), the reason
/// (转派, 申请延期) or the firm's comment (重新办理); null when there is none.</param>
/// <param name="AttachmentCount">How many attachments came with this change.</param>
/// <param name="NoLiaison">The grid has no liaison, so the row has no recipient: the community's secretary should get it.</param>
/// <param name="Actor">The officer who acted, as the history names them.</param>
/// <param name="Level">ticket.escalated: secretary or admin.</param>
/// <param name="Deadline">ticket.escalated: the deadline missed, response or handle.</param>
/// <param name="Decision">ticket.extension_decided: approved or refused.</param>
/// <param name="Days">申请延期: how many more days were asked for.</param>
/// <param name="FromGridName">ticket.transferred: the grid it came from.</param>
/// <param name="Confidential">A complaint or a report: for the secretaries only, never the grid's group chat.</param>
public sealed record TicketAlert(
    long TicketId,
    string Number,
    long FirmId,
    string FirmName,
    long GridId,
    string GridName,
    long CommunityId,
    string Category,
    string Urgency,
    string Stage,
    string Summary,
    string? Note,
    int AttachmentCount,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset HandleDueAt,
    bool NoLiaison,
    string? Actor = null,
    string? Level = null,
    string? Deadline = null,
    string? Decision = null,
    int? Days = null,
    string? FromGridName = null,
    bool Confidential = false)
{
    /// <summary>A new ticket (上报).</summary>
    public const string Filed = "ticket.filed";

    /// <summary>The firm added information (补充).</summary>
    public const string Supplemented = "ticket.supplemented";

    /// <summary>The firm urged (催办).</summary>
    public const string Urged = "ticket.urged";

    /// <summary>To the firm's user: an officer's message (反馈).</summary>
    public const string FedBack = "ticket.fed_back";

    /// <summary>To the firm's user: the issue was handled (处理完成), with what was done.</summary>
    public const string Handled = "ticket.handled";

    /// <summary>To the firm's user: the ticket is closed (已办结); they may rate it.</summary>
    public const string Closed = "ticket.closed";

    /// <summary>To the liaison of the grid the ticket was handed to (转派).</summary>
    public const string Transferred = "ticket.transferred";

    /// <summary>To the community's secretary, later the administrators: a deadline passed.</summary>
    public const string Escalated = "ticket.escalated";

    /// <summary>To the community's secretary: an officer asks for more time (申请延期).</summary>
    public const string ExtensionRequested = "ticket.extension_requested";

    /// <summary>To the officer who asked: the extension was approved or refused.</summary>
    public const string ExtensionDecided = "ticket.extension_decided";

    /// <summary>To the secretary and the liaison: the firm was not satisfied, the ticket is handled again.</summary>
    public const string Reopened = "ticket.reopened";

    /// <summary>How many characters of the description an alert carries.</summary>
    public const int SummaryLength = 40;

    // Chinese text stays readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TicketAlert FromJson(string json) =>
        JsonSerializer.Deserialize<TicketAlert>(json, Json) ?? throw new JsonException("The payload is null.");

    /// <summary>The first <see cref="SummaryLength"/> characters (whole characters, emoji included), then …</summary>
    public static string Summarise(string description)
    {
        var text = description.Trim();
        var characters = new StringInfo(text);
        return characters.LengthInTextElements <= SummaryLength
            ? text
            : characters.SubstringByTextElements(0, SummaryLength) + "…";
    }
}
