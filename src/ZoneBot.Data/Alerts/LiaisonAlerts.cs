using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Alerts;

/// <summary>
/// Alerts follow the grid's current liaison: when a grid gets a new liaison (`officers add --role liaison`,
/// `import grids`), the alerts still waiting for the one before, or for nobody, about the grid's tickets are
/// theirs now, due at once. Run in the transaction that changes the liaison.
/// </summary>
internal static class LiaisonAlerts
{
    // Only rows no dispatcher holds (claimed_until is cleared after every attempt), only rows about tickets now
    // in the grid, and only those addressed to a liaison who is not this grid's any more or to no one yet:
    // secretaries', administrators' and firms' alerts stay where they are. Due again from their creation, so at once.
    private const string Readdress = """
        UPDATE outbox
        SET recipient_officer_id = @liaisonId, attempts = 0, next_attempt_at = created_at, last_error = NULL
        WHERE status = 'pending' AND claimed_until IS NULL
          AND ticket_id IN (SELECT id FROM tickets WHERE grid_id = @gridId)
          AND ((recipient_officer_id IS NULL AND recipient_channel_id IS NULL)
               OR recipient_officer_id IN (
                   SELECT id FROM officers WHERE role = 'liaison' AND id <> @liaisonId AND (grid_id IS NULL OR grid_id <> @gridId)))
        """;

    /// <returns>How many alerts now go to <paramref name="liaisonId"/>.</returns>
    public static Task<int> FollowNewLiaisonAsync(DbConnection connection, DbTransaction transaction, long gridId, long liaisonId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(Readdress, new { gridId, liaisonId }, transaction, cancellationToken: ct));
}
