using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Host.Cli;
using ZoneBot.Host.Tests.Alerts;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, point 3: what a firm types reaches officers as the characters typed: plain text in the liaison's chat,
/// text (not markdown) on the WeCom group robot; control and bidi characters are gone before anything is stored,
/// and the admin's terminal never gets an escape sequence.
/// </summary>
public sealed class PlainTextTests : IAsyncLifetime
{
    private const string Link = "[政府通知：点此登记整改](http://evil.example/login)";
    private const string Typed = Link + "\u202E\u200B\u0007 仓库门口\u001b[2J被堵\r\n两天了";
    private const string Stored = Link + " 仓库门口[2J被堵\n两天了";

    private readonly FakeChannelService _channel = new();
    private ZoneBotServer _server = null!;

    public async Task InitializeAsync()
    {
        await _channel.StartAsync();
        _server = new ZoneBotServer { Settings = ["--Alerts:PollSeconds=0.1", $"--Webhooks:Grids:1={_channel.Url}/webhook", "--Webhooks:AllowedHosts:0=127.0.0.1"] };
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_markdown_link_typed_by_a_firm_reaches_the_liaison_and_the_group_robot_as_plain_text_and_control_characters_are_not_stored()
    {
        await BindTheLiaisonOfGridOneAsync();
        var firm = await FirmShortNameInGridOneAsync();

        var replies = new List<JsonObject>();
        foreach (var message in new[] { "报事", firm, "是", "安全生产和消防安全", Typed, "跳过", "一般", "没有", "张经理", "13805741234", "跳过", "确认提交" })
        {
            replies.AddRange(await _server.Bot.SayAsync("markdown-firm", message));
        }

        var number = System.Text.RegularExpressions.Regex.Match(BotClient.Texts(replies), @"ZB-\d{8}-\d{4}").Value;
        Assert.NotEmpty(number);
        Assert.All(replies.Where(reply => (string?)reply["type"] == "message"), reply => Assert.Equal("plain", (string?)reply["textFormat"]));

        Assert.True(await FakeChannelService.EventuallyAsync(() => _channel.Activities.Any(sent => Text(sent.Activity).Contains(number))));
        var alert = _channel.Activities.First(sent => Text(sent.Activity).Contains(number)).Activity;
        Assert.Equal("plain", (string?)alert["textFormat"]);
        Assert.Contains(Link, Text(alert));

        Assert.True(await FakeChannelService.EventuallyAsync(() => !_channel.WebhookPosts.IsEmpty));
        var post = _channel.WebhookPosts.First();
        Assert.Equal("text", (string?)post["msgtype"]);
        Assert.Null(post["markdown"]);
        Assert.Contains(Link, (string?)post["text"]?["content"]);

        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(Stored, await connection.ExecuteScalarAsync<string>("SELECT description FROM tickets WHERE number = @number", new { number }));
    }

    [Fact]
    public async Task Tickets_show_prints_no_escape_sequence_even_for_a_description_stored_before_cleaning()
    {
        var firmId = await FirmIdInGridOneAsync();
        var filing = new TicketFiling(_server.Services.GetRequiredService<Database>(), new DeadlinePolicy(new DeadlineOptions()), TimeProvider.System,
            NullLogger<TicketFiling>.Instance);
        var filed = await filing.FileAsync(new NewTicket(
            firmId, TicketCategory.Other, "路灯\u001b]0;pwned\u0007不亮\u202Egnp.exe", null, Urgency.Normal, "李\u001b[31m四", "13805741234", null, [], "test", "old-user"));
        var details = await _server.Services.GetRequiredService<TicketRegister>().FindAsync(filed.Number);

        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(output) });
        TicketTables.Show(console, details!, DateTimeOffset.UtcNow);
        var printed = output.ToString();

        Assert.Contains("路灯]0;pwned不亮gnp.exe", printed);
        Assert.DoesNotContain('\u001b', printed);
        Assert.DoesNotContain('\u0007', printed);
        Assert.DoesNotContain('\u202E', printed);
    }

    private async Task BindTheLiaisonOfGridOneAsync()
    {
        var code = (await _server.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync("19900000001"))!.Code;
        var bind = BotClient.Activity("message", "liaison-one", "zh-CN", "绑定 " + code);
        bind["serviceUrl"] = _channel.Url;
        Assert.Contains("绑定成功", BotClient.Texts(await _server.Bot.SendAsync(bind)));
    }

    private async Task<string> FirmShortNameInGridOneAsync()
    {
        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<string>(
            "SELECT f.name FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 1 ORDER BY f.id LIMIT 1") ?? string.Empty;
    }

    private async Task<long> FirmIdInGridOneAsync()
    {
        await using var connection = await _server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 1 ORDER BY f.id LIMIT 1");
    }

    private static string Text(JsonObject activity) => (string?)activity["text"] ?? string.Empty;
}
