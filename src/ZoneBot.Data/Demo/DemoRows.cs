using CsvHelper.Configuration.Attributes;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Demo;

// One row type per demo CSV file. Rows refer to each other by code (grid_code, community_code)
// or phone (leader_phone), never by database id, so the files can be read and edited by hand.

/// <summary>A line of communities.csv.</summary>
public sealed record CommunityRow
{
    [Name("code")] public required string Code { get; init; }
    [Name("name")] public required string Name { get; init; }
    [Name("office_phone")] public required string OfficePhone { get; init; }
    [Name("office_address")] public required string OfficeAddress { get; init; }
}

/// <summary>A line of grids.csv; roads are joined with 、 (<see cref="ZoneBot.Domain.Grid.RoadSeparator"/>).</summary>
public sealed record GridRow
{
    [Name("community_code")] public required string CommunityCode { get; init; }
    [Name("code")] public required string Code { get; init; }
    [Name("number")] public required int Number { get; init; }
    [Name("name")] public required string Name { get; init; }
    [Name("roads")] public required string Roads { get; init; }
}

/// <summary>A line of officers.csv: a liaison has a grid_code, a secretary or department officer a community_code.</summary>
public sealed record OfficerRow
{
    [Name("name")] public required string Name { get; init; }
    [Name("phone")] public required string Phone { get; init; }
    [Name("role")] public required string Role { get; init; }
    [Name("grid_code")] public required string GridCode { get; init; }
    [Name("community_code")] public required string CommunityCode { get; init; }
}

/// <summary>A line of firms.csv; industry and colour are the domain's codes.</summary>
public sealed record FirmRow
{
    [Name("credit_code")] public required string CreditCode { get; init; }
    [Name("name")] public required string Name { get; init; }
    [Name("short_name")] public required string ShortName { get; init; }
    [Name("address")] public required string Address { get; init; }
    [Name("road")] public required string Road { get; init; }
    [Name("industry")] public required string Industry { get; init; }
    [Name("colour")] public required string Colour { get; init; }
    [Name("grid_code")] public required string GridCode { get; init; }
    [Name("contact_phone")] public string ContactPhone { get; init; } = string.Empty;

    /// <summary>The registered English name, when the firm has one; empty otherwise.</summary>
    [Name("english_name")] public string EnglishName { get; init; } = string.Empty;
}

/// <summary>A line of teams.csv; the leader is the officer with that phone.</summary>
public sealed record TeamRow
{
    [Name("code")] public required string Code { get; init; }
    [Name("name")] public required string Name { get; init; }
    [Name("description")] public required string Description { get; init; }
    [Name("needs_party_member")] public required bool NeedsPartyMember { get; init; }
    [Name("capacity")] public int? Capacity { get; init; }
    [Name("leader_phone")] public required string LeaderPhone { get; init; }
}

/// <summary>A line of volunteers.csv: a person, found again by phone; the employer by credit code (empty: none).</summary>
public sealed record VolunteerRow
{
    [Name("name")] public required string Name { get; init; }
    [Name("phone")] public required string Phone { get; init; }
    [Name("employer_credit_code")] public required string EmployerCreditCode { get; init; }
    [Name("consent_at"), Format(DemoCsv.InstantFormat)] public required DateTimeOffset ConsentAt { get; init; }
}

/// <summary>A line of volunteer_memberships.csv: the volunteer with that phone in the team with that code.</summary>
public sealed record MembershipRow
{
    [Name("phone")] public required string Phone { get; init; }
    [Name("team_code")] public required string TeamCode { get; init; }
    [Name("availability")] public required string Availability { get; init; }
    [Name("party_member")] public bool? PartyMember { get; init; }
    [Name("joined_at"), Format(DemoCsv.InstantFormat)] public required DateTimeOffset JoinedAt { get; init; }
}
