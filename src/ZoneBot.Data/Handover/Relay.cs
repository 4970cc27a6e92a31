
namespace ZoneBot.Data.Handover;

/// <summary>
/// One 转人工: a firm's chat user and the grid's liaison, with where to reach a person otherwise.
/// Status: waiting (for the liaison to accept), active, ended, missed (no one accepted in time, or no
/// bound liaison).
/// </summary>
public sealed class Relay
{
    public const string Waiting = "waiting";
    public const string Active = "active";
    public const string Ended = "ended";
    public const string Missed = "missed";

    public long Id { get; set; }
    public long FirmId { get; set; }
    public string FirmName { get; set; } = string.Empty;
    public string FirmChannelId { get; set; } = string.Empty;
    public string FirmUserId { get; set; } = string.Empty;
    public long? LiaisonOfficerId { get; set; }
    public string? LiaisonName { get; set; }
    public string? LiaisonPhone { get; set; }
    public string OfficePhone { get; set; } = string.Empty;
    public string OfficeAddress { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedBy { get; set; }

    /// <summary>How long the two talked: from accepting to the end (or now, while it lasts).</summary>
    public TimeSpan? Duration(DateTimeOffset now) => AcceptedAt is { } accepted ? (EndedAt ?? now) - accepted : null;
}

/// <summary>A line of a relay: who said it (firm or liaison), what, when.</summary>
public sealed record RelayLine(string Sender, string Text, DateTimeOffset SentAt);

/// <summary>
/// The payload of a relay's outbox rows (<c>relay.*</c>): the facts, never text of the bot's own, so the
/// recipient's language words it. <paramref name="Text"/> is what the other side typed (relay.message).
/// </summary>
public sealed record RelayAlert(
    long RelayId,
    string FirmName,
    string? LiaisonName,
    string? LiaisonPhone,
    string OfficePhone,
    string OfficeAddress,
    string? Text = null,
    string? EndedBy = null,
    double? AcceptMinutes = null)
{
    /// <summary>To the liaison: a firm asks for a person (回复 接入).</summary>
    public const string Requested = "relay.requested";

    /// <summary>To the firm: the liaison accepted.</summary>
    public const string Accepted = "relay.accepted";

    /// <summary>To the other side: a message of the relay.</summary>
    public const string FromFirm = "relay.from_firm";

    public const string FromLiaison = "relay.from_liaison";

    /// <summary>To the other side: the relay was ended.</summary>
    public const string Ended = "relay.ended";

    /// <summary>To the firm: no one accepted in time; how else to reach a person.</summary>
    public const string Missed = "relay.missed";

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static RelayAlert From(Relay relay, string? text = null, string? endedBy = null) =>
        new(relay.Id, relay.FirmName, relay.LiaisonName, relay.LiaisonPhone, relay.OfficePhone, relay.OfficeAddress, text, endedBy);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Json);

    public static RelayAlert FromJson(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<RelayAlert>(json, Json) ?? throw new System.Text.Json.JsonException("The payload is null.");
}
