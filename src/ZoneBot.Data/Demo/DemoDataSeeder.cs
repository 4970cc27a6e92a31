using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ZoneBot.Data.Demo;

/// <summary>
/// Loads the demo data into an empty database, all or nothing, so ZoneBot runs out of the box.
/// A database that has any community is left alone: starting twice does not load twice, and a
/// database holding the real roster is never mixed with invented firms.
/// </summary>
public sealed class DemoDataSeeder(Database database, ILogger<DemoDataSeeder>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DemoDataSeeder>.Instance;

    /// <summary>Loads the shipped CSVs; false when the database already had data.</summary>
    public Task<bool> SeedAsync(CancellationToken cancellationToken = default) =>
        SeedAsync(DemoCsv.ReadEmbedded(), cancellationToken);

    private const string SeedLockName = "zonebot.demo-seed";

    private const string CountCommunities = "SELECT COUNT(*) FROM communities";

    /// <summary>Loads <paramref name="data"/> in one transaction; false when the database already had data.</summary>
    public async Task<bool> SeedAsync(DemoDataSet data, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A second instance starting at the same moment waits here, then sees the communities and loads nothing.
        await database.Provider.LockAsync(connection, transaction, SeedLockName, cancellationToken);

        var communities = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(CountCommunities, transaction: transaction, cancellationToken: cancellationToken));
        if (communities > 0)
        {
            return false;
        }

        await InsertAsync(connection, transaction, InsertCommunity, data.Communities, "communities", cancellationToken);
        await InsertAsync(connection, transaction, InsertGrid, data.Grids, "grids", cancellationToken);
        await InsertAsync(connection, transaction, InsertOfficer, data.Officers, "officers", cancellationToken);
        await InsertAsync(connection, transaction, InsertFirm, data.Firms, "firms", cancellationToken);
        await InsertAsync(connection, transaction, InsertTeam, data.Teams, "volunteer teams", cancellationToken);
        await InsertAsync(connection, transaction, InsertVolunteer, data.Volunteers, "volunteers", cancellationToken);
        await InsertAsync(connection, transaction, InsertMembership, data.Memberships, "volunteer memberships", cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        _logger.LogInformation(
            "Demo data loaded: {Communities} communities, {Grids} grids, {Officers} officers, {Firms} firms, {Teams} volunteer teams, {Volunteers} volunteers",
            data.Communities.Count, data.Grids.Count, data.Officers.Count, data.Firms.Count, data.Teams.Count, data.Volunteers.Count);
        return true;
    }

    private const string InsertCommunity = """
        INSERT INTO communities (code, name, office_phone, office_address)
        VALUES (@Code, @Name, @OfficePhone, @OfficeAddress)
        """;

    // References by code become ids here; a row whose code matches nothing inserts nothing,
    // which InsertAsync turns into an error instead of a silently missing row.
    private const string InsertGrid = """
        INSERT INTO grids (community_id, code, number, name, roads)
        SELECT c.id, @Code, @Number, @Name, NULLIF(@Roads, '')
        FROM communities AS c
        WHERE c.code = @CommunityCode
        """;

    private const string InsertOfficer = """
        INSERT INTO officers (name, phone, role, grid_id, community_id)
        SELECT @Name, @Phone, @Role, g.id, c.id
        FROM (SELECT 1 AS one) AS single_row
        LEFT JOIN grids AS g ON g.code = @GridCode
        LEFT JOIN communities AS c ON c.code = @CommunityCode
        WHERE (@GridCode = '' OR g.id IS NOT NULL)
          AND (@CommunityCode = '' OR c.id IS NOT NULL)
        """;

    private const string InsertFirm = """
        INSERT INTO firms (credit_code, name, short_name, address, road, industry, colour, grid_id, contact_phone, english_name)
        SELECT @CreditCode, @Name, @ShortName, @Address, NULLIF(@Road, ''), @Industry, @Colour, g.id, NULLIF(@ContactPhone, ''), NULLIF(@EnglishName, '')
        FROM grids AS g
        WHERE g.code = @GridCode
        """;

    private const string InsertTeam = """
        INSERT INTO volunteer_teams (code, name, description, needs_party_member, capacity, leader_officer_id)
        SELECT @Code, @Name, @Description, @NeedsPartyMember, @Capacity, o.id
        FROM (SELECT 1 AS one) AS single_row
        LEFT JOIN officers AS o ON o.phone = @LeaderPhone
        WHERE (@LeaderPhone = '' OR o.id IS NOT NULL)
        """;

    // Demo volunteers never chatted: no chat user until one signs up again with the same phone.
    private const string InsertVolunteer = """
        INSERT INTO volunteers (name, phone, employer_firm_id, consent_at)
        SELECT @Name, @Phone, f.id, @ConsentAt
        FROM (SELECT 1 AS one) AS single_row
        LEFT JOIN firms AS f ON f.credit_code = @EmployerCreditCode
        WHERE (@EmployerCreditCode = '' OR f.id IS NOT NULL)
        """;

    private const string InsertMembership = """
        INSERT INTO volunteer_memberships (volunteer_id, team_id, availability, party_member, joined_at)
        SELECT v.id, t.id, @Availability, @PartyMember, @JoinedAt
        FROM volunteers AS v
        JOIN volunteer_teams AS t ON t.code = @TeamCode
        WHERE v.phone = @Phone
        """;

    /// <summary>Runs <paramref name="sql"/> once per row (Dapper does, given a list).</summary>
    private static async Task InsertAsync<T>(
        DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<T> rows, string what, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: cancellationToken));
        if (inserted != rows.Count)
        {
            throw new InvalidDataException(
                $"Only {inserted} of {rows.Count} {what} were loaded: a row refers to a grid, community, officer, firm, team or volunteer that does not exist.");
        }
    }
}
