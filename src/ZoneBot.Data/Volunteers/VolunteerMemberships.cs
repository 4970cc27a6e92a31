using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// A chat user's own sign-ups (我的报名): list them, leave one, delete everything. Leaving the last
/// team deletes the person's row, and so their name, phone and employer; their sign-up alerts go too.
/// Every statement is scoped to the chat user, so nobody can leave or delete someone else's sign-up.
/// Leaving and deleting take the person's lock (<see cref="VolunteerLock"/>) before deciding what to delete.
/// </summary>
public sealed class VolunteerMemberships(Database database)
{
    public async Task<IReadOnlyList<MyMembership>> OfChatUserAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT m.id AS MembershipId, v.id AS VolunteerId, t.id AS TeamId, t.code AS TeamCode, t.name AS TeamName,
                   v.name AS VolunteerName, v.phone AS Phone, f.name AS EmployerName,
                   m.availability AS Availability, m.joined_at AS JoinedAt
            FROM volunteers AS v
            JOIN volunteer_memberships AS m ON m.volunteer_id = v.id
            JOIN volunteer_teams AS t ON t.id = m.team_id
            LEFT JOIN firms AS f ON f.id = v.employer_firm_id
            WHERE v.channel_id = @channelId AND v.user_id = @userId
            ORDER BY v.id, m.joined_at, t.id
            """;
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<MyMembership>(new CommandDefinition(sql, new { channelId, userId }, cancellationToken: ct))];
    }

    public async Task<LeaveOutcome> LeaveAsync(string channelId, string userId, long membershipId, CancellationToken ct = default)
    {
        const string findOwn = """
            SELECT m.volunteer_id AS VolunteerId, v.phone AS Phone
            FROM volunteer_memberships AS m
            JOIN volunteers AS v ON v.id = m.volunteer_id
            WHERE m.id = @membershipId AND v.channel_id = @channelId AND v.user_id = @userId
            """;
        const string deleteMembership = "DELETE FROM volunteer_memberships WHERE id = @membershipId";
        const string deleteIfNoTeamLeft = """
            DELETE FROM volunteers
            WHERE id = @volunteerId
              AND NOT EXISTS (SELECT 1 FROM volunteer_memberships AS m WHERE m.volunteer_id = @volunteerId)
            """;
        // Through the one writer (SQLite), which commits whatever the work wrote: both refusals return before any delete.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var find = new CommandDefinition(findOwn, new { membershipId, channelId, userId }, transaction, cancellationToken: token);
            if (await connection.QuerySingleOrDefaultAsync<OwnMembership>(find) is not { } seen)
            {
                return LeaveOutcome.NotFound;
            }
            // Looked up again under the person's lock: a sign-up or a leaving of theirs that ran meanwhile has
            // committed, and the statements from here on see it.
            await VolunteerLock.TakeAsync(database, connection, transaction, seen.Phone, token);
            if (await connection.QuerySingleOrDefaultAsync<OwnMembership>(find) is not { } own)
            {
                return LeaveOutcome.NotFound;
            }
            var volunteerId = own.VolunteerId;
            await connection.ExecuteAsync(new CommandDefinition(deleteMembership, new { membershipId }, transaction, cancellationToken: token));
            var deleted = await connection.ExecuteAsync(new CommandDefinition(deleteIfNoTeamLeft, new { volunteerId }, transaction, cancellationToken: token));
            if (deleted > 0)
            {
                await DeleteAlertsAsync(connection, transaction, volunteerId, token);
            }
            return deleted > 0 ? LeaveOutcome.LeftAndDeleted : LeaveOutcome.Left;
        }, ct);
    }

    /// <summary>
    /// 删除我的信息: every membership, person and sign-up alert of this chat user, and the copies of their name and phone
    /// in the chat logs (<see cref="PersonalDataCopies"/>); <paramref name="conversationId"/> is the conversation they ask in.
    /// </summary>
    /// <returns>How many memberships were removed.</returns>
    public async Task<int> DeleteAllAsync(string channelId, string userId, CancellationToken ct = default) =>
        await DeleteAllAsync(channelId, userId, null, ct);

    /// <inheritdoc cref="DeleteAllAsync(string, string, CancellationToken)"/>
    public async Task<int> DeleteAllAsync(string channelId, string userId, string? conversationId, CancellationToken ct = default)
    {
        const string selectName = "SELECT name FROM volunteers WHERE id = @volunteerId";
        const string selectOwnPhones = "SELECT phone FROM volunteers WHERE channel_id = @channelId AND user_id = @userId ORDER BY phone";
        const string selectOwn = "SELECT id FROM volunteers WHERE phone = @phone AND channel_id = @channelId AND user_id = @userId";
        const string deleteMemberships = "DELETE FROM volunteer_memberships WHERE volunteer_id = @volunteerId";
        const string deleteVolunteer = "DELETE FROM volunteers WHERE id = @volunteerId";
        // Through the one writer (SQLite), like a sign-up and a leaving of the same person.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var phones = (await connection.QueryAsync<string>(
                new CommandDefinition(selectOwnPhones, new { channelId, userId }, transaction, cancellationToken: token))).ToList();
            // The people found are locked, then looked up again one by one: a person this chat user claims only
            // after the first look is left alone, as if their sign-up came after the deletion.
            foreach (var phone in phones)
            {
                await VolunteerLock.TakeAsync(database, connection, transaction, phone, token);
            }
            var memberships = 0;
            foreach (var phone in phones)
            {
                var volunteerId = await connection.ExecuteScalarAsync<long?>(
                    new CommandDefinition(selectOwn, new { phone, channelId, userId }, transaction, cancellationToken: token));
                if (volunteerId is null)
                {
                    continue;
                }
                var name = await connection.ExecuteScalarAsync<string>(new CommandDefinition(selectName, new { volunteerId }, transaction, cancellationToken: token));
                await PersonalDataCopies.RemoveAsync(connection, transaction, name ?? string.Empty, phone, channelId, userId, conversationId, token);
                memberships += await connection.ExecuteAsync(new CommandDefinition(deleteMemberships, new { volunteerId }, transaction, cancellationToken: token));
                await DeleteAlertsAsync(connection, transaction, volunteerId.Value, token);
                await connection.ExecuteAsync(new CommandDefinition(deleteVolunteer, new { volunteerId }, transaction, cancellationToken: token));
            }
            return memberships;
        }, ct);
    }

    // The alerts carry the name: sent or not, they go with the person.
    private static Task<int> DeleteAlertsAsync(DbConnection connection, DbTransaction transaction, long volunteerId, CancellationToken ct)
    {
        const string sql = "DELETE FROM outbox WHERE kind = @kind AND payload LIKE @pattern";
        return connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind = VolunteerSignUpAlert.Kind, pattern = VolunteerSignUpAlert.PayloadPatternOf(volunteerId) }, transaction, cancellationToken: ct));
    }

    private sealed record OwnMembership(long VolunteerId, string Phone);
}
