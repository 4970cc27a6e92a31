using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// The outbox payload that tells a team's leader about a sign-up: the team, the volunteer's name and
/// their phone masked. The volunteer's id comes first, so that deleting the volunteer can find and
/// delete their alerts by a text prefix, with no JSON functions (which differ between databases).
/// </summary>
public sealed record VolunteerSignUpAlert(long VolunteerId, string TeamCode, string Team, string Volunteer, string Phone, string Availability, DateTimeOffset JoinedAt)
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "volunteer.signed_up";

    // Chinese kept readable in the stored JSON; property names camelCase, in declaration order.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static VolunteerSignUpAlert? FromJson(string json) => JsonSerializer.Deserialize<VolunteerSignUpAlert>(json, Json);

    /// <summary>A LIKE pattern that matches every alert about this volunteer and no other.</summary>
    public static string PayloadPatternOf(long volunteerId) =>
        "{\"volunteerId\":" + volunteerId.ToString(CultureInfo.InvariantCulture) + ",%";
}
