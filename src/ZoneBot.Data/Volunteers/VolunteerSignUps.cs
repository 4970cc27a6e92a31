using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// Stores a confirmed sign-up in one transaction: the person (found by phone, or created), the
/// membership and the outbox alert to the team's leader. A refused sign-up (already a member, team
/// full) writes nothing. The SQL is plain enough for SQLite and PostgreSQL alike; the person's lock
/// (<see cref="VolunteerLock"/>), then the team's row, make simultaneous sign-ups and leavings take turns.
/// </summary>
public sealed class VolunteerSignUps(Database database, TimeProvider time)
{
    /// <summary>When that phone joined that team; null when it has not.</summary>
    public async Task<DateTimeOffset?> MemberSinceAsync(string phone, long teamId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await MemberSinceAsync(connection, null, phone, teamId, ct);
    }

    public async Task<SignUpOutcome> SignUpAsync(VolunteerSignUp signUp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        // Through the one writer (SQLite): a sign-up does not take the write lock beside the turns' commits. The writer
        // commits whatever the work wrote, so every refusal returns before anything is written.
        try
        {
            return await database.WriteAsync((connection, transaction, token) => SignUpAsync(connection, transaction, signUp, token), ct);
        }
        catch (JoinedMeanwhile)
        {
            return SignUpOutcome.Refused(SignUpStatus.AlreadyMember);
        }
    }

    private async Task<SignUpOutcome> SignUpAsync(DbConnection connection, DbTransaction transaction, VolunteerSignUp signUp, CancellationToken ct)
    {
        await VolunteerLock.TakeAsync(database, connection, transaction, signUp.Phone, ct);
        var team = await LockTeamAsync(connection, transaction, signUp.TeamId, ct);
        if (team is null)
        {
            return SignUpOutcome.Refused(SignUpStatus.NoSuchTeam);
        }
        if (await MemberSinceAsync(connection, transaction, signUp.Phone, signUp.TeamId, ct) is { } since)
        {
            return new SignUpOutcome(SignUpStatus.AlreadyMember, Since: since);
        }
        if (team.NeedsPartyMember && signUp.PartyMember != true)
        {
            return SignUpOutcome.Refused(SignUpStatus.NeedsPartyMember);
        }
        if (team.IsFull)
        {
            return SignUpOutcome.Refused(SignUpStatus.TeamFull);
        }

        var now = time.GetUtcNow();
        var volunteerId = await SaveVolunteerAsync(connection, transaction, signUp, ct);
        const string insertMembership = """
            INSERT INTO volunteer_memberships (volunteer_id, team_id, availability, party_member, joined_at)
            VALUES (@volunteerId, @TeamId, @Availability, @PartyMember, @joinedAt)
            ON CONFLICT (volunteer_id, team_id) DO NOTHING
            RETURNING id
            """;
        var membershipId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            insertMembership, new { volunteerId, signUp.TeamId, signUp.Availability, signUp.PartyMember, joinedAt = now }, transaction, cancellationToken: ct));
        if (membershipId is null)
        {
            // The person is saved already: thrown, so that it is rolled back with the rest of this work (a refusal writes nothing).
            throw new JoinedMeanwhile();
        }

        if (team.LeaderOfficerId is { } leader)
        {
            var alert = new VolunteerSignUpAlert(volunteerId, team.Code, team.Name, signUp.Name, PhoneMask.Mask(signUp.Phone), signUp.Availability, now);
            const string insertAlert = """
                INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
                VALUES (@kind, @leader, @payload, 'pending', 0, @now, @now)
                """;
            await connection.ExecuteAsync(new CommandDefinition(
                insertAlert, new { kind = VolunteerSignUpAlert.Kind, leader, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
        }
        return new SignUpOutcome(SignUpStatus.Joined, volunteerId, membershipId);
    }

    /// <summary>
    /// The team, locked until the transaction ends: two sign-ups for its last place cannot both pass the capacity check.
    /// The provider's lock by name, as for a person (<see cref="VolunteerLock"/>): a transaction lock on PostgreSQL, nothing
    /// on SQLite, whose one writer runs one write at a time (and so nothing is written before a refusal).
    /// </summary>
    private async Task<VolunteerTeamListing?> LockTeamAsync(DbConnection connection, DbTransaction transaction, long teamId, CancellationToken ct)
    {
        const string selectTeam = """
            SELECT t.id AS Id, t.code AS Code, t.name AS Name, t.needs_party_member AS NeedsPartyMember,
                   t.capacity AS Capacity, t.leader_officer_id AS LeaderOfficerId,
                   (SELECT COUNT(*) FROM volunteer_memberships AS m WHERE m.team_id = t.id) AS Members
            FROM volunteer_teams AS t
            WHERE t.id = @teamId
            """;
        await database.Provider.LockAsync(connection, transaction, "zonebot.volunteer-team:" + teamId, ct);
        return await connection.QuerySingleOrDefaultAsync<VolunteerTeamListing>(new CommandDefinition(selectTeam, new { teamId }, transaction, cancellationToken: ct));
    }

    private static Task<DateTimeOffset?> MemberSinceAsync(DbConnection connection, DbTransaction? transaction, string phone, long teamId, CancellationToken ct)
    {
        const string sql = """
            SELECT m.joined_at
            FROM volunteer_memberships AS m
            JOIN volunteers AS v ON v.id = m.volunteer_id
            WHERE v.phone = @phone AND m.team_id = @teamId
            """;
        return connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(sql, new { phone, teamId }, transaction, cancellationToken: ct));
    }

    /// <summary>
    /// The person with this phone: created, or found. A person found is updated (name, employer, consent,
    /// chat user) only from their own chat, or when no chat has claimed them yet (a record from the roster):
    /// someone typing another person's phone adds a membership but cannot rename them or read their sign-ups.
    /// </summary>
    private static async Task<long> SaveVolunteerAsync(DbConnection connection, DbTransaction transaction, VolunteerSignUp signUp, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO volunteers (name, phone, employer_firm_id, channel_id, user_id, consent_at)
            VALUES (@Name, @Phone, @EmployerFirmId, @ChannelId, @UserId, @ConsentAt)
            ON CONFLICT (phone) DO NOTHING
            RETURNING id
            """;
        if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(insert, signUp, transaction, cancellationToken: ct)) is { } created)
        {
            return created;
        }
        const string update = """
            UPDATE volunteers
            SET name = @Name, employer_firm_id = COALESCE(@EmployerFirmId, employer_firm_id),
                channel_id = @ChannelId, user_id = @UserId, consent_at = @ConsentAt
            WHERE phone = @Phone
              AND (user_id IS NULL OR (channel_id = @ChannelId AND user_id = @UserId))
            """;
        await connection.ExecuteAsync(new CommandDefinition(update, signUp, transaction, cancellationToken: ct));
        const string select = "SELECT id FROM volunteers WHERE phone = @Phone";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(select, new { signUp.Phone }, transaction, cancellationToken: ct));
    }

    /// <summary>A membership of that phone and team found only after the person was saved (PostgreSQL: one committed meanwhile).</summary>
    private sealed class JoinedMeanwhile() : Exception("That phone joined that team meanwhile.");
}
