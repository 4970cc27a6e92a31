using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Bot.Alerts;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Alerts;

/// <summary>
/// Alerts from the outbox to the chat, over the real database: through the Bot Framework adapter to a
/// bound liaison; waiting for an officer who has not bound; after a restart; through a flaky channel,
/// a dead one, and two dispatchers at once.
/// </summary>
public sealed class AlertDispatcherTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private static readonly AlertOptions Options = new() { MaxAttempts = 4, BackoffBaseSeconds = 10, LeaseSeconds = 60, BatchSize = 5 };

    [Fact]
    public async Task A_new_ticket_reaches_the_bound_liaison_through_the_adapter_with_its_number_and_firm()
    {
        var liaison = await bot.NewOfficerChatAsync("19900000001");
        var (number, firmName) = await FileInGridAsync(1);

        var alerts = await bot.DeliverAlertsAsync(liaison);

        var alert = Assert.Single(alerts, message => message.Text.Contains(number));
        Assert.StartsWith("【新工单】" + number, alert.Text);
        Assert.Contains(firmName, alert.Text);
        Assert.Equal([number], alert.SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND payload LIKE '%' || @number || '%'", new { number }));
    }

    [Fact]
    public async Task An_alert_for_a_liaison_who_has_not_bound_waits_and_goes_out_when_they_bind()
    {
        var (number, _) = await FileInGridAsync(2);
        await bot.DeliverAlertsAsync(bot.NewChat());

        var waiting = Assert.Single(await bot.Services.GetRequiredService<Outbox>().ListAsync(deadOnly: false), entry => entry.Kind == TicketAlert.Filed && entry.Recipient == "陈立伟");
        Assert.Equal(("pending", 0, true), (waiting.Status, waiting.Attempts, waiting.Waiting));

        var liaison = await bot.NewOfficerChatAsync("19900000002");
        Assert.Contains(number, await bot.AlertTextsAsync(liaison));
    }

    [Fact]
    public async Task Alerts_written_before_a_restart_are_delivered_once_by_a_new_dispatcher()
    {
        await BindQuietlyAsync("19900000003", "restart-liaison");
        var (first, _) = await FileInGridAsync(3);
        var (second, _) = await FileInGridAsync(3, skip: 1);

        // A claim by a dispatcher that died mid-delivery: its lease runs out, then another takes the row.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Assert.NotEmpty(await NewOutbox(clock).ClaimAsync());
        var channel = new RecordingAlertChannel();
        clock.Advance(TimeSpan.FromSeconds(Options.LeaseSeconds + 1));
        var restarted = Dispatcher(clock, channel);
        while (await restarted.DispatchDueAsync() > 0)
        {
        }
        while (await Dispatcher(clock, channel).DispatchDueAsync() > 0)
        {
        }

        var texts = channel.Sent.Select(sent => sent.Message.Text).ToList();
        Assert.Single(texts, text => text.Contains(first));
        Assert.Single(texts, text => text.Contains(second));
    }

    [Fact]
    public async Task A_channel_failing_twice_then_working_delivers_once_with_the_attempts_counted()
    {
        await BindQuietlyAsync("19900000004", "flaky-liaison");
        var (number, _) = await FileInGridAsync(4);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var channel = new RecordingAlertChannel { FailuresLeft = 2 };
        var dispatcher = Dispatcher(clock, channel);

        await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromSeconds(20));
        await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchDueAsync();

        Assert.Single(channel.Sent, sent => sent.Message.Text.Contains(number));
        var row = await RowAsync(number);
        Assert.Equal(("sent", 2L), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task A_channel_that_keeps_failing_leaves_the_alert_dead_with_its_error()
    {
        await BindQuietlyAsync("19900000005", "dead-liaison");
        var (number, _) = await FileInGridAsync(5);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var dispatcher = Dispatcher(clock, new RecordingAlertChannel { FailuresLeft = -1 });

        for (var i = 0; i < 6; i++)
        {
            await dispatcher.DispatchDueAsync();
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        var row = await RowAsync(number);
        Assert.Equal(("dead", 4L), (row.Status, row.Attempts));
        Assert.Contains("channel service is down", row.LastError);
    }

    [Fact]
    public async Task Two_dispatchers_over_the_same_database_deliver_each_alert_exactly_once()
    {
        await BindQuietlyAsync("19900000006", "busy-liaison");
        var numbers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            numbers.Add((await FileInGridAsync(6, skip: i)).Number);
        }
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var channel = new RecordingAlertChannel();

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var dispatcher = Dispatcher(clock, channel);
            while (await dispatcher.DispatchDueAsync() > 0)
            {
            }
        })));

        var texts = channel.Sent.Select(sent => sent.Message.Text).ToList();
        Assert.All(numbers, number => Assert.Single(texts, text => text.Contains(number)));
    }

    [Fact]
    public async Task An_overdue_ticket_reaches_the_community_secretary_once_however_often_the_watch_sweeps()
    {
        var secretary = await bot.NewOfficerChatAsync("19900000012");
        var (number, _) = await FileInGridAsync(9);
        await bot.ExecuteAsync("UPDATE tickets SET response_due_at = '2020-01-01T00:00:00.0000000Z' WHERE number = @number", new { number });
        var watch = bot.Services.GetRequiredService<TicketEscalations>();

        await watch.SweepAsync();
        await watch.SweepAsync();
        var alerts = (await bot.DeliverAlertsAsync(secretary)).Where(message => message.Text.Contains(number)).ToList();
        await watch.SweepAsync();

        var alert = Assert.Single(alerts);
        Assert.StartsWith($"【超时提醒】工单 {number}", alert.Text);
        Assert.Contains("已超过首次响应时限", alert.Text);
        Assert.DoesNotContain(await bot.DeliverAlertsAsync(secretary), message => message.Text.Contains(number));
    }

    [Fact]
    public async Task An_alert_of_a_kind_nothing_words_fails_with_that_reason_and_stays_for_a_retry()
    {
        await BindQuietlyAsync("19900000010", "unknown-kind-liaison");
        await bot.ExecuteAsync("""
            INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES ('volunteer.unheard_of', (SELECT id FROM officers WHERE phone = '19900000010'), '{}', 'pending', 0, '2020-01-01T00:00:00.0000000Z', '2020-01-01T00:00:00.0000000Z')
            """);
        var channel = new RecordingAlertChannel();

        await Dispatcher(new FakeTimeProvider(DateTimeOffset.UtcNow), channel).DispatchDueAsync();

        Assert.Empty(channel.Sent);
        await using var connection = await bot.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string Status, long Attempts, string LastError)>(
            "SELECT status, attempts, last_error FROM outbox WHERE kind = 'volunteer.unheard_of'");
        Assert.Equal(("pending", 1L), (row.Status, row.Attempts));
        Assert.Contains("No wording for alerts of kind 'volunteer.unheard_of'", row.LastError);
    }

    private Outbox NewOutbox(TimeProvider clock) => new(bot.Database, clock, Options);

    private AlertDispatcher Dispatcher(TimeProvider clock, IAlertChannel channel) => new(
        NewOutbox(clock), bot.Services.GetRequiredService<AlertRenderer>(), channel, bot.Services.GetRequiredService<IWebhookChannel>(),
        bot.Services.GetRequiredService<WebhookAddresses>(), NullLogger<AlertDispatcher>.Instance);

    /// <summary>Binds an officer to a chat user without a chat, so only the test's own dispatcher delivers to them.</summary>
    private async Task BindQuietlyAsync(string phone, string user)
    {
        var code = (await bot.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync(phone))!.Code;
        var reference = $$"""{"channelId":"test","serviceUrl":"https://test.example","conversation":{"id":"{{user}}"},"user":{"id":"{{user}}"},"bot":{"id":"bot"},"locale":"zh-CN"}""";
        Assert.Equal(BindOutcome.Bound, (await bot.Services.GetRequiredService<OfficerBinding>().BindAsync("test", user, code, reference)).Outcome);
    }

    private async Task<(string Number, string FirmName)> FileInGridAsync(int grid, int skip = 0)
    {
        await using var connection = await bot.Database.OpenAsync();
        var firm = await connection.QuerySingleAsync<(long Id, string Name)>(
            "SELECT f.id, f.name FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id LIMIT 1 OFFSET @skip",
            new { grid, skip });
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firm.Id, TicketCategory.Safety, "仓库门口消防通道被货物堵住", null, Urgency.Normal, "测试联系人", "13805741234", null, [], "test", "someone"));
        return (filed.Number, firm.Name);
    }

    private async Task<(string Status, long Attempts, string? LastError)> RowAsync(string number)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await connection.QuerySingleAsync<(string, long, string?)>(
            "SELECT status, attempts, last_error FROM outbox WHERE kind = 'ticket.filed' AND payload LIKE '%' || @number || '%'", new { number });
    }
}
