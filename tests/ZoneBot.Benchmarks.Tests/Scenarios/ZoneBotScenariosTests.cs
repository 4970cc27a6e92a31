using Dapper;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Benchmarks.Tests.Support;

namespace ZoneBot.Benchmarks.Tests.Scenarios;

/// <summary>The scripts against the real host (in this process, demo zone): each runs to its end; against the echo bot none does.</summary>
public sealed class ZoneBotScenariosTests : IAsyncLifetime
{
    private readonly WorkFolder _work = new();
    private BenchDatabase _database = null!;
    private IReadOnlyList<FirmAccount> _firms = [];
    private IBotTarget _zoneBot = null!;
    private IBotTarget _echo = null!;
    private Workload _mixed = null!;

    public static TheoryData<string, int> EveryFlowAndVariant()
    {
        var data = new TheoryData<string, int>();
        foreach (var scenario in ZoneBotScenarios.Mixed.Scenarios)
        {
            // Users 0–2: each team of the sign-up (the party team's extra question too), with and without employer.
            for (var user = 0; user < 3; user++)
            {
                data.Add(scenario.Name, user);
            }
        }
        return data;
    }

    public async Task InitializeAsync()
    {
        _database = await BenchDatabase.CreateSqliteAsync(_work.Path, "scenarios", CancellationToken.None);
        _firms = await _database.FirmsAsync(CancellationToken.None);
        _mixed = ZoneBotScenarios.Mixed with { Support = await ScenarioSupport.PrepareAsync(_database, _firms, 4, CancellationToken.None) };
        _zoneBot = await TestBots.ZoneBotAsync(_database);
        _echo = await TestBots.EchoAsync();
        // A ticket to work on: the officers' script opens one from 我的待办.
        await RunAsync(_zoneBot, ZoneBotScenarios.FileIssue.Name, user: 0);
    }

    public async Task DisposeAsync()
    {
        await _zoneBot.DisposeAsync();
        await _echo.DisposeAsync();
        _work.Dispose();
    }

    [Theory]
    [MemberData(nameof(EveryFlowAndVariant))]
    public async Task Every_flow_runs_to_its_end_against_the_real_bot(string flow, int user)
    {
        var recorder = await RunAsync(_zoneBot, flow, user);

        Assert.Equal(1, recorder.Completed);
        Assert.True(recorder.Samples.Count >= 3, $"{flow}: {recorder.Samples.Count} turns");
    }

    [Theory]
    [MemberData(nameof(EveryFlowAndVariant))]
    public async Task Every_flow_fails_against_a_bot_that_answers_wrongly(string flow, int user)
    {
        await Assert.ThrowsAsync<WrongReplyException>(() => RunAsync(_echo, flow, user));
    }

    [Fact]
    public async Task The_sign_up_leaves_no_volunteer_behind_and_the_filing_leaves_its_ticket()
    {
        await using var connection = await _database.Database.OpenAsync(CancellationToken.None);
        var tickets = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets");
        var volunteers = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM volunteers");

        await RunAsync(_zoneBot, ZoneBotScenarios.Volunteering.Name, user: 1);
        await RunAsync(_zoneBot, ZoneBotScenarios.FileIssue.Name, user: 1);

        Assert.Equal(volunteers, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM volunteers"));
        Assert.Equal(tickets + 1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_member_verifies_with_the_liaison_s_code_and_reads_a_ticket_of_the_firm_someone_else_filed()
    {
        // User 1 files for its firm; the 查询工单 user 1 is another chat user of the same firm: it sees the ticket only once verified.
        await RunAsync(_zoneBot, ZoneBotScenarios.FileIssue.Name, user: 1);

        var recorder = await RunAsync(_zoneBot, ZoneBotScenarios.MyTickets.Name, user: 1);

        var keys = recorder.Samples.Select(sample => sample.Key).ToList();
        Assert.Contains("03a liaison code chosen", keys);
        Assert.Contains(ZoneBotScenarios.MyTicketsKeys[0], keys);
        Assert.Contains(ZoneBotScenarios.MyTicketsKeys[2], keys);
        await using var connection = await _database.Database.OpenAsync(CancellationToken.None);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM firm_users WHERE verified_by = 'liaison'") >= 1);
    }

    [Fact]
    public async Task An_officer_binds_once_then_assesses_and_answers_a_ticket_from_my_tasks()
    {
        await RunAsync(_zoneBot, ZoneBotScenarios.FileIssue.Name, user: 2);

        var first = await RunAsync(_zoneBot, ZoneBotScenarios.OfficerActions.Name, user: 3);
        var again = await RunAsync(_zoneBot, ZoneBotScenarios.OfficerActions.Name, user: 3);

        var keys = first.Samples.Select(sample => sample.Key).ToList();
        Assert.Equal(["00 bind (once per officer)", "01 my tasks", "02 ticket opened", "03 assess", "04 feed back", "05 back to the menu"], keys);
        Assert.DoesNotContain(again.Samples, sample => sample.Key.StartsWith("00 bind", StringComparison.Ordinal));
        await using var connection = await _database.Database.OpenAsync(CancellationToken.None);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets WHERE stage = 'fed_back'") >= 1);
    }

    private async Task<TurnRecorder> RunAsync(IBotTarget bot, string flow, int user)
    {
        var scenario = _mixed.Scenarios.Single(candidate => candidate.Name == flow);
        var clock = RunClock.StartNow(TimeSpan.Zero, TimeSpan.FromMinutes(5));
        var recorder = new TurnRecorder(clock);
        using var http = BotHttpClient.CreateHttp(bot.BaseAddress, LoadDriver.RequestTimeout);
        var chat = new Conversation(new BotHttpClient(http), recorder, clock, scenario.Name, $"test-{Guid.NewGuid():N}", CancellationToken.None);
        await scenario.RunAsync(chat, _mixed.Input(_firms, user, iteration: 0));
        recorder.ConversationDone(RunClock.Now);
        return recorder;
    }
}
