using System.Data.Common;
using System.Globalization;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Inspections;

/// <summary>An inspection with its firm and grid, as lists and dialogs show it.</summary>
public sealed record InspectionSummary(
    long Id, long FirmId, string FirmName, string FirmShortName, FirmColour Colour, long GridId, string GridName, long CommunityId,
    int Year, int Round, string Kind, DateOnly DueFrom, DateOnly DueBy, string Status, long? InspectedBy)
{
    /// <summary>Planned and its window has passed.</summary>
    public bool IsOverdue(DateOnly today) => Status == InspectionStatus.Planned && DueBy < today;
}

/// <summary>A hazard with its firm, as the firm's 我的整改, the liaison's 复查 and the alerts show it.</summary>
public sealed record HazardView(
    long Id, long InspectionId, long FirmId, string FirmName, long GridId, string GridName, long CommunityId,
    string ItemCode, HazardLevel Level, string Note, string Status, DateTimeOffset FoundAt, DateTimeOffset DueAt,
    DateTimeOffset? ReportedAt, string? FirmNote, int? ExtensionDays, string? ReviewNote, long? InspectedBy, int RectifiedPhotos)
{
    public HazardAlertLine ToLine(string? note = null, int photos = 0, int? days = null) =>
        new(Id, ItemCode, Level.Code, note ?? Note, DueAt, photos, days);

    public InspectionAlert ToAlert(IReadOnlyList<HazardAlertLine> lines, string? actor = null, string? level = null) =>
        new(InspectionId, FirmId, FirmName, GridId, GridName, CommunityId, lines, actor, level);
}

/// <summary>Reading inspections and hazards back, and which of them an officer may see.</summary>
internal static class InspectionRows
{
    /// <summary>Inspections of the officer's grid (a liaison), community (a secretary, department staff) or all (an administrator).</summary>
    public const string OfficerScope = """
        (@role = 'admin' OR (@role = 'liaison' AND i.grid_id = @gridId) OR (@role IN ('secretary', 'department') AND g.community_id = @communityId))
        """;

    public const string SelectInspections = """
        SELECT i.id AS Id, i.firm_id AS FirmId, f.name AS FirmName, f.short_name AS FirmShortName, f.colour AS Colour,
               i.grid_id AS GridId, g.name AS GridName, g.community_id AS CommunityId, i.year AS Year, i.round AS Round, i.kind AS Kind,
               i.due_from AS DueFrom, i.due_by AS DueBy, i.status AS Status, i.inspected_by AS InspectedBy
        FROM inspections AS i
        JOIN firms AS f ON f.id = i.firm_id
        JOIN grids AS g ON g.id = i.grid_id
        """;

    public const string SelectHazards = """
        SELECT h.id AS Id, h.inspection_id AS InspectionId, i.firm_id AS FirmId, f.name AS FirmName, i.grid_id AS GridId, g.name AS GridName,
               g.community_id AS CommunityId, h.item_code AS ItemCode, h.level AS Level, h.note AS Note, h.status AS Status,
               h.found_at AS FoundAt, h.due_at AS DueAt, h.reported_at AS ReportedAt, h.firm_note AS FirmNote,
               h.extension_days AS ExtensionDays, h.review_note AS ReviewNote, i.inspected_by AS InspectedBy,
               (SELECT COUNT(*) FROM hazard_photos AS p WHERE p.hazard_id = h.id AND p.stage = 'rectified') AS RectifiedPhotos
        FROM hazards AS h
        JOIN inspections AS i ON i.id = h.inspection_id
        JOIN firms AS f ON f.id = i.firm_id
        JOIN grids AS g ON g.id = i.grid_id
        """;

    public static object Scope(Officer officer) =>
        new { role = officer.Role.Code, gridId = officer.GridId ?? 0, communityId = officer.CommunityId ?? 0 };

    public static async Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(
        DbConnection connection, DbTransaction? transaction, string where, object parameters, CancellationToken ct) =>
        [.. (await connection.QueryAsync<InspectionRow>(new CommandDefinition(SelectInspections + where, parameters, transaction, cancellationToken: ct)))
            .Select(row => row.ToSummary())];

    public static async Task<IReadOnlyList<HazardView>> HazardsAsync(
        DbConnection connection, DbTransaction? transaction, string where, object parameters, CancellationToken ct) =>
        [.. (await connection.QueryAsync<HazardRow>(new CommandDefinition(SelectHazards + where, parameters, transaction, cancellationToken: ct)))
            .Select(row => row.ToView())];

    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class InspectionRow
    {
        public long Id { get; set; }
        public long FirmId { get; set; }
        public string FirmName { get; set; } = string.Empty;
        public string FirmShortName { get; set; } = string.Empty;
        public string Colour { get; set; } = string.Empty;
        public long GridId { get; set; }
        public string GridName { get; set; } = string.Empty;
        public long CommunityId { get; set; }
        public long Year { get; set; }
        public long Round { get; set; }
        public string Kind { get; set; } = string.Empty;
        public string DueFrom { get; set; } = string.Empty;
        public string DueBy { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public long? InspectedBy { get; set; }

        public InspectionSummary ToSummary() => new(
            Id, FirmId, FirmName, FirmShortName, FirmColour.FromCode(Colour), GridId, GridName, CommunityId, (int)Year, (int)Round, Kind,
            Day(DueFrom), Day(DueBy), Status, InspectedBy);
    }

    internal sealed class HazardRow
    {
        public long Id { get; set; }
        public long InspectionId { get; set; }
        public long FirmId { get; set; }
        public string FirmName { get; set; } = string.Empty;
        public long GridId { get; set; }
        public string GridName { get; set; } = string.Empty;
        public long CommunityId { get; set; }
        public string ItemCode { get; set; } = string.Empty;
        public string Level { get; set; } = string.Empty;
        public string Note { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public DateTimeOffset FoundAt { get; set; }
        public DateTimeOffset DueAt { get; set; }
        public DateTimeOffset? ReportedAt { get; set; }
        public string? FirmNote { get; set; }
        public long? ExtensionDays { get; set; }
        public string? ReviewNote { get; set; }
        public long? InspectedBy { get; set; }
        public long RectifiedPhotos { get; set; }

        public HazardView ToView() => new(
            Id, InspectionId, FirmId, FirmName, GridId, GridName, CommunityId, ItemCode, HazardLevel.FromCode(Level), Note, Status,
            FoundAt, DueAt, ReportedAt, FirmNote, (int?)ExtensionDays, ReviewNote, InspectedBy, (int)RectifiedPhotos);
    }
}
