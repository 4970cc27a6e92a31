using System.Text.Json.Nodes;
using Dapper;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Turns;

public sealed class SqlitePerMessageReadsTests(HostOverDatabase<SqliteProvider> host) : PerMessageReadsTests<SqliteProvider>(host)
{
    [DatabaseFact]
    public async Task A_filing_message_reads_who_is_talking_once_beside_its_dialogs_own_reads()
    {
        var statements = await FilingTurnAsync();

        // The claim, the state, the stored references, the officer and the open relay: one command on one connection;
        // then what the dialog reads itself (the firm). The writes go to the writer, outside the turn's trace.
        Assert.Single(statements, statement => statement.Text.Contains("FROM chat_references"));
        Assert.Single(statements, statement => statement.Text.Contains("FROM relays"));
        Assert.Equal(2, statements.Count(statement => statement.Text.Contains("FROM officers")));
        Assert.True(statements.Count <= 6, Describe(statements));
    }
}

public sealed class PostgresPerMessageReadsTests(HostOverDatabase<PostgresProvider> host) : PerMessageReadsTests<PostgresProvider>(host)
{
    [DatabaseFact]
    public async Task A_filing_message_reads_who_is_talking_in_its_first_round_trip()
    {
        var commands = await FilingTurnAsync();

        // The first round trip: BEGIN, the claim, the state and who is talking (references, officer, open relay).
        var first = commands[0].Text;
        Assert.StartsWith("INSERT INTO processed_activities", first.TrimStart());
        Assert.Contains("FROM bot_state", first);
        Assert.Contains("FROM chat_references", first);
        Assert.Contains("FROM relays", first);
        Assert.DoesNotContain(commands.Skip(1), command => command.Text.Contains("FROM chat_references") || command.Text.Contains("FROM relays"));
        // Then the dialog's own read of the firm, the state, and the claim's answer with the COMMIT: no connection opened
        // for the chat references or the relay (there were six round trips on three connections).
        Assert.True(commands.Count <= 4, Describe(commands));
        Assert.True(commands.Select(command => command.Connection).Distinct().Count() <= 2, Describe(commands));
        Assert.EndsWith("COMMIT", commands[^1].Text.TrimEnd());
    }
}

/// <summary>
/// Issue 15: every message learns who is talking (the officer, their stored chat references, the relay they have open)
/// in its turn's first round trip, not on connections of its own; what they do with it is as before.
/// </summary>
public abstract class PerMessageReadsTests<TProvider>(HostOverDatabase<TProvider> host) : IClassFixture<HostOverDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly string _conversation = "reads-" + Guid.NewGuid().ToString("N");

    private string User => "user-" + _conversation;

    [DatabaseFact]
    public async Task An_officer_whose_chat_moved_has_the_stored_reference_moved_with_the_turn()
    {
        var officerId = await ScalarAsync<long>("SELECT MIN(o.id) FROM officers AS o JOIN grids AS g ON g.id = o.grid_id WHERE g.number = 6 AND o.role = 'liaison'");
        await ExecuteAsync(
            "UPDATE officers SET channel_id = 'test', channel_user_id = @User, conversation_reference = @old WHERE id = @officerId",
            new { User, old = OldReference, officerId });

        var answer = BotClient.Texts(await host.Server.Bot.SayAsync(_conversation, "你好"));

        Assert.NotEmpty(answer);
        var stored = await ScalarAsync<string>("SELECT conversation_reference FROM officers WHERE id = @officerId", new { officerId });
        Assert.Contains(_conversation, stored);
        Assert.DoesNotContain("old-chat", stored);
    }

    [DatabaseFact]
    public async Task A_firm_user_whose_chat_moved_has_the_stored_reference_moved_with_the_turn_and_a_stranger_gets_none()
    {
        await ExecuteAsync(
            "INSERT INTO chat_references (channel_id, user_id, reference, updated_at) VALUES ('test', @User, @old, @now)",
            new { User, old = OldReference, now = DateTimeOffset.UtcNow });

        await host.Server.Bot.SayAsync(_conversation, "你好");
        await host.Server.Bot.SayAsync("stranger-" + _conversation, "你好");

        var stored = await ScalarAsync<string>("SELECT reference FROM chat_references WHERE channel_id = 'test' AND user_id = @User", new { User });
        Assert.Contains(_conversation, stored);
        Assert.DoesNotContain("old-chat", stored);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT COUNT(*) FROM chat_references WHERE user_id = @user", new { user = "user-stranger-" + _conversation }));
    }

    [DatabaseFact]
    public async Task A_firm_user_with_an_open_relay_has_their_message_relayed_and_one_without_does_not()
    {
        const string Said = "门口的路灯又坏了，晚上工人下班看不见路，什么时候能来修一下？";
        var firmId = await ScalarAsync<long>("SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 7 ORDER BY f.id LIMIT 1");
        var liaisonId = await ScalarAsync<long>("SELECT MIN(o.id) FROM officers AS o JOIN grids AS g ON g.id = o.grid_id WHERE g.number = 7 AND o.role = 'liaison'");
        var relayId = await ScalarAsync<long>("""
            INSERT INTO relays (firm_id, firm_channel_id, firm_user_id, liaison_officer_id, status, requested_at)
            VALUES (@firmId, 'test', @User, @liaisonId, 'waiting', @now) RETURNING id
            """, new { firmId, User, liaisonId, now = DateTimeOffset.UtcNow });

        var relayed = BotClient.Texts(await host.Server.Bot.SayAsync(_conversation, Said));
        var other = BotClient.Texts(await host.Server.Bot.SayAsync("no-relay-" + _conversation, Said));

        Assert.Contains("还没有接入", relayed);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT COUNT(*) FROM relay_messages WHERE relay_id = @relayId AND sender = 'firm' AND text = @Said", new { relayId, Said }));
        Assert.DoesNotContain("还没有接入", other);
        Assert.NotEmpty(other);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT COUNT(*) FROM relay_messages WHERE text = @Said", new { Said }));
    }

    private static string OldReference => """{"conversation":{"id":"old-chat"},"channelId":"test","serviceUrl":"http://localhost"}""";

    /// <summary>A firm's manager files: the problem with the firm in it, the firm confirmed; the turn measured is the urgency's answer.</summary>
    protected async Task<IReadOnlyList<TracedStatement>> FilingTurnAsync()
    {
        await host.Server.Bot.SayAsync(_conversation, "你好，我是荣隆厨具的，我们厂东门外的下水道堵住了，一下雨污水就漫到马路上，工人进出很不方便。联系人王主任，电话13905741234");
        await host.Server.Bot.SayAsync(_conversation, "是的");
        using var trace = new TurnStatementTrace();
        var (replies, statements) = await trace.SendAsync(host.Server.Http, BotClient.Activity("message", _conversation, "zh-CN", "一般，不算太急"));
        Assert.Contains("请确认以上信息", BotClient.Texts(replies));
        Assert.NotEmpty(statements);
        return statements;
    }

    protected static string Describe(IEnumerable<TracedStatement> statements) =>
        string.Join("\n", statements.Select(statement => $"[{statement.Connection}] {statement.Text}"));

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await host.Database.Database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await host.Database.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }
}
