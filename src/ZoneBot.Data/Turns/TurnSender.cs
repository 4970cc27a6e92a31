using Dapper;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Officers;
using ZoneBot.Domain;

namespace ZoneBot.Data.Turns;

/// <summary>
/// Who is talking, as every message needs to know before its dialog runs: the officer the chat user bound as (null for
/// anyone else), the conversation references stored for them (the officer's, a firm user's; null where none is kept),
/// and the 转人工 relay they have open as a firm's user (null when none). Read in the turn's first round trip
/// (<see cref="TurnCommits"/>), so a message costs no round trip of its own for it.
/// </summary>
public sealed record TurnSender(TurnSenderKey Key, Officer? Officer, string? OfficerReference, string? UserReference, Relay? OpenRelay)
{
    // Three statements, one round trip; the parameters are named apart from those of the statements they are batched with.
    internal const string Select = """
        SELECT (SELECT conversation_reference FROM officers WHERE channel_id = @senderChannel AND channel_user_id = @senderUser) AS OfficerReference,
               (SELECT reference FROM chat_references WHERE channel_id = @senderChannel AND user_id = @senderUser) AS UserReference;
        """ + OfficerRows.Select + """
         WHERE channel_id = @senderChannel AND channel_user_id = @senderUser;

        """ + Relays.SelectOpenForSender + ";";

    /// <summary>The parameters of <see cref="Select"/>.</summary>
    internal static void AddParameters(DynamicParameters parameters, TurnSenderKey key)
    {
        parameters.Add("senderChannel", key.ChannelId);
        parameters.Add("senderUser", key.UserId);
    }

    /// <summary>Reads the results of <see cref="Select"/>, next in <paramref name="results"/>.</summary>
    internal static async Task<TurnSender> ReadAsync(SqlMapper.GridReader results, TurnSenderKey key)
    {
        var stored = await results.ReadSingleAsync<StoredReferences>();
        var officer = await results.ReadSingleOrDefaultAsync<OfficerRows.Row>();
        var relay = await results.ReadSingleOrDefaultAsync<Relay>();
        return new TurnSender(key, officer?.ToOfficer(), stored.OfficerReference, stored.UserReference, relay);
    }

    /// <summary>The same read on a connection of its own, for a turn that was not opened with it.</summary>
    public static async Task<TurnSender> ReadAsync(Database database, TurnSenderKey key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(key);
        var parameters = new DynamicParameters();
        AddParameters(parameters, key);
        await using var connection = await database.OpenAsync(ct);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(Select, parameters, cancellationToken: ct));
        return await ReadAsync(results, key);
    }

    private sealed class StoredReferences
    {
        public string? OfficerReference { get; set; }
        public string? UserReference { get; set; }
    }
}
