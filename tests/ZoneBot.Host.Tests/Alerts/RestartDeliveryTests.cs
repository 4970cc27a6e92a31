using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Alerts;

/// <summary>
/// Nothing is lost when the bot is down between a change and its alert: the liaison binds with one
/// host, the host stops, tickets are filed while none runs, and a new host over the same database
/// delivers each alert once.
/// </summary>
public sealed class RestartDeliveryTests : IAsyncLifetime
{
    private readonly FakeChannelService _channel = new();
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _channel.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Alerts_written_while_no_host_runs_are_delivered_once_by_the_next_host()
    {
        var settings = new[] { "--Alerts:PollSeconds=0.1" };
        var first = ZoneBotServer.Over(_database, settings);
        await first.InitializeAsync();
        var code = (await first.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000002"))!.Code;
        var bind = BotClient.Activity("message", "restart-chat", "zh-CN", "绑定 " + code);
        bind["serviceUrl"] = _channel.Url;
        Assert.Contains("绑定成功", BotClient.Texts(await first.Bot.SendAsync(bind)));
        await first.DisposeAsync();

        // The host is gone: tickets are filed straight into its database (as another instance would).
        var database = _database.Database;
        var filing = new TicketFiling(database, new DeadlinePolicy(new DeadlineOptions()), TimeProvider.System, NullLogger<TicketFiling>.Instance);
        var numbers = new List<string>();
        foreach (var firmId in await FirmsInGridTwoAsync(database))
        {
            numbers.Add((await filing.FileAsync(new NewTicket(
                firmId, TicketCategory.Other, "园区道路路灯不亮", null, Urgency.Normal, "测试联系人", "13805741234", null, [], "test", "firm-user"))).Number);
        }
        Assert.Empty(_channel.Activities);

        var second = ZoneBotServer.Over(_database, settings);
        await second.InitializeAsync();
        try
        {
            Assert.True(await FakeChannelService.EventuallyAsync(() => numbers.All(number => _channel.Activities.Any(sent => Text(sent).Contains(number)))));
            await Task.Delay(500);
            Assert.All(numbers, number => Assert.Single(_channel.Activities, sent => Text(sent).Contains(number)));
            Assert.All(_channel.Activities, sent => Assert.Equal("restart-chat", sent.ConversationId));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static async Task<IReadOnlyList<long>> FirmsInGridTwoAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return [.. await Dapper.SqlMapper.QueryAsync<long>(connection,
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 2 ORDER BY f.id LIMIT 3")];
    }

    private static string Text((string ConversationId, System.Text.Json.Nodes.JsonObject Activity) sent) =>
        (string?)sent.Activity["text"] ?? string.Empty;
}
