using System.Text.Json.Nodes;
using ZoneBot.Host.Tests.Bot;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>
/// Messages posted at once into one conversation (a double tap, two tabs, two instances behind a load balancer): the
/// log the client reads through GET /activities has every message once, each answer after the message it answers, and
/// each turn's answers together. The order comes from the database, so it holds on one instance and across two.
/// </summary>
public sealed class DirectLineOrderTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task Concurrent_posts_to_one_conversation_are_answered_in_order_on_sqlite()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        await DirectLineOrder.PostAtOnceAsync([client], count: 8);

        DirectLineOrder.AssertInOrder(await DirectLineOrder.ReadAllAsync(server.BaseAddress, client), count: 8);
    }
}

/// <summary>The same over two instances on one PostgreSQL database, the posts alternating between them.</summary>
public sealed class DirectLineTwoInstancesOrderTests(TwoInstances hosts) : IClassFixture<TwoInstances>
{
    [PostgresFact]
    public async Task Concurrent_posts_to_one_conversation_through_two_instances_are_answered_in_order_on_postgres()
    {
        using var atA = await DirectLineClient.ConnectAsync(hosts.A.BaseAddress);
        using var atB = new DirectLineClient(hosts.B.BaseAddress) { Token = atA.Token, ConversationId = atA.ConversationId };

        await DirectLineOrder.PostAtOnceAsync([atA, atB], count: 8);

        DirectLineOrder.AssertInOrder(await DirectLineOrder.ReadAllAsync(hosts.B.BaseAddress, atA), count: 8);
    }
}

internal static class DirectLineOrder
{
    private static readonly string[] Messages = ["帮助", "菜单", "你好", "找社管员", "帮助一下", "菜单 谢谢", "在吗", "好的"];

    /// <summary>Posts <paramref name="count"/> messages all at once, spread over the clients (one per instance).</summary>
    public static async Task PostAtOnceAsync(IReadOnlyList<DirectLineClient> clients, int count)
    {
        using var start = new ManualResetEventSlim(false);
        var posts = Enumerable.Range(0, count).Select(index => Task.Run(async () =>
        {
            start.Wait();
            var response = await clients[index % clients.Count].PostActivityAsync(DirectLineClient.Message(Messages[index % Messages.Length], $"at-once-{index}"));
            response.EnsureSuccessStatusCode();
        })).ToList();
        start.Set();
        await Task.WhenAll(posts);
    }

    /// <summary>The whole log as a new reader gets it, page after page from watermark 0.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ReadAllAsync(Uri server, DirectLineClient owner)
    {
        using var reader = new DirectLineClient(server) { Token = owner.Token, ConversationId = owner.ConversationId };
        var all = new List<JsonObject>();
        IReadOnlyList<JsonObject> page;
        while ((page = await reader.ReadNewAsync()).Count > 0)
        {
            all.AddRange(page);
        }
        return all;
    }

    public static void AssertInOrder(IReadOnlyList<JsonObject> log, int count)
    {
        var ids = log.Select(activity => (string)activity["id"]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var messages = log.Where(activity => !DirectLineClient.FromBot(activity)).ToList();
        Assert.Equal(
            Enumerable.Range(0, count).Select(index => $"at-once-{index}").Order(StringComparer.Ordinal),
            messages.Select(message => (string)message["channelData"]!["clientActivityID"]!).Order(StringComparer.Ordinal));
        foreach (var message in messages)
        {
            var at = ids.IndexOf((string)message["id"]!);
            var answers = log.Select((activity, index) => (activity, index))
                .Where(pair => (string?)pair.activity["replyToId"] == ids[at])
                .Select(pair => pair.index)
                .ToList();
            Assert.NotEmpty(answers);
            Assert.All(answers, index => Assert.True(index > at, $"An answer to {ids[at]} came before it."));
            Assert.Equal(Enumerable.Range(answers[0], answers.Count), answers);
        }
    }
}
