using System.Data.Common;
using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Officers;

/// <summary>Reading officers back: the role is stored as its code, which Dapper cannot turn into the enum.</summary>
internal static class OfficerRows
{
    public const string Select = """
        SELECT id AS Id, name AS Name, phone AS Phone, role AS Role, grid_id AS GridId, community_id AS CommunityId,
               channel_id AS ChannelId, channel_user_id AS ChannelUserId
        FROM officers
        """;

    public static async Task<Officer?> FindAsync(DbConnection connection, DbTransaction? transaction, long officerId, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(Select + " WHERE id = @officerId", new { officerId }, transaction, cancellationToken: ct));
        return row?.ToOfficer();
    }

    /// <summary>
    /// Who gets what is meant for a community's secretary: its secretaries, or the administrators when
    /// it has none, so an escalation or a request never goes nowhere.
    /// </summary>
    public static async Task<IReadOnlyList<long>> SecretariesOrAdminsAsync(DbConnection connection, DbTransaction transaction, long communityId, CancellationToken ct)
    {
        const string secretaries = "SELECT id FROM officers WHERE role = 'secretary' AND community_id = @communityId ORDER BY id";
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(secretaries, new { communityId }, transaction, cancellationToken: ct))).ToList();
        return ids.Count > 0 ? ids : await AdminsAsync(connection, transaction, ct);
    }

    public static async Task<IReadOnlyList<long>> AdminsAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        const string admins = "SELECT id FROM officers WHERE role = 'admin' ORDER BY id";
        return [.. await connection.QueryAsync<long>(new CommandDefinition(admins, transaction: transaction, cancellationToken: ct))];
    }

    /// <summary>The liaison of a grid (its first, as everywhere); null when it has none.</summary>
    public static Task<long?> LiaisonOfAsync(DbConnection connection, DbTransaction transaction, long gridId, CancellationToken ct)
    {
        const string sql = "SELECT MIN(id) FROM officers WHERE grid_id = @gridId AND role = 'liaison'";
        return connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, new { gridId }, transaction, cancellationToken: ct));
    }

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Phone { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
        public long? GridId { get; set; }
        public long? CommunityId { get; set; }
        public string? ChannelId { get; set; }
        public string? ChannelUserId { get; set; }

        public Officer ToOfficer() => new(Id, Name, Phone, OfficerRole.FromCode(Role), GridId, CommunityId, ChannelId, ChannelUserId);
    }
}
