using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// The payload (JSON, camelCase) of an outbox row about an inspection: codes and facts, never words, so the
/// dispatcher words it in the recipient's language (the dialogs' InspectionAlertWording).
/// </summary>
/// <param name="Hazards">The hazards the alert is about: all of a 整改通知, the one reported, sent back or escalated.</param>
/// <param name="Actor">The officer who acted (复查), or the firm for its own answers.</param>
/// <param name="Level">inspection.escalated: secretary or admin.</param>
public sealed record InspectionAlert(
    long InspectionId,
    long FirmId,
    string FirmName,
    long GridId,
    string GridName,
    long CommunityId,
    IReadOnlyList<HazardAlertLine> Hazards,
    string? Actor = null,
    string? Level = null)
{
    /// <summary>To the firm's verified members: the hazards found and their deadlines (整改通知).</summary>
    public const string Notice = "inspection.notice";

    /// <summary>To the inspecting officer: the firm reports a hazard rectified (上报), 复查 is due.</summary>
    public const string Reported = "inspection.reported";

    /// <summary>To the inspecting officer: the firm asks for more time, with its reason.</summary>
    public const string ExtensionAsked = "inspection.extension_asked";

    /// <summary>To the firm: 复查 sent a hazard back, with the officer's note.</summary>
    public const string SentBack = "inspection.sent_back";

    /// <summary>To the firm: the extension was granted (new deadline) or refused.</summary>
    public const string ExtensionGranted = "inspection.extension_granted";

    public const string ExtensionRefused = "inspection.extension_refused";

    /// <summary>To the firm: every hazard accepted, the inspection is closed (闭环).</summary>
    public const string Closed = "inspection.closed";

    /// <summary>To the community's secretary, later the administrators: a rectification is overdue.</summary>
    public const string Escalated = "inspection.escalated";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        Notice, Reported, ExtensionAsked, SentBack, ExtensionGranted, ExtensionRefused, Closed, Escalated,
    };

    // Chinese text stays readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static InspectionAlert FromJson(string json) =>
        JsonSerializer.Deserialize<InspectionAlert>(json, Json) ?? throw new JsonException("The payload is null.");
}

/// <summary>One hazard in an alert: which item, how grave, what was found, by when, and what was said about it.</summary>
/// <param name="Note">What the officer found; for the firm's answers, what the firm said; for a send-back, the officer's note.</param>
/// <param name="DueAt">When it becomes overdue (midnight after the last day).</param>
public sealed record HazardAlertLine(long HazardId, string ItemCode, string Level, string Note, DateTimeOffset DueAt, int PhotoCount = 0, int? Days = null);
