using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZoneBot.Domain;

namespace ZoneBot.Data;

/// <summary>
/// The payload (JSON, camelCase) of an outbox row about a ticket, for the liaison of the ticket's
/// grid. Codes, not Chinese names, so the dispatcher words the alert in the officer's language.
/// </summary>
/// <param name="Summary">The start of the description, short enough for an alert.</param>
/// <param name="Note">What the firm added (补充); null for the other kinds.</param>
/// <param name="AttachmentCount">How many attachments came with this change.</param>
/// <param name="NoLiaison">The grid has no liaison, so the row has no recipient: the community's secretary should get it.</param>
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
    bool NoLiaison)
{
    /// <summary>A new ticket (上报).</summary>
    public const string Filed = "ticket.filed";

    /// <summary>The firm added information (补充).</summary>
    public const string Supplemented = "ticket.supplemented";

    /// <summary>The firm urged (催办).</summary>
    public const string Urged = "ticket.urged";

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
