using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder.Adapters;
using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>One dialog turn in this process, state read and written through SqlStorage on SQLite, no HTTP.</summary>
public class DialogTurnBenchmarks
{
    public const string User = "user-micro";
    public const string LinkedFirm = FirmSearchBenchmarks.Firm;

    /// <summary>A turn that is timed, and the reply it must get (<see cref="MicroChecks"/> checks it before anything is timed).</summary>
    public sealed record CheckedTurn(string Name, string Text, Expect Expect);

    public static readonly CheckedTurn Liaison = new("找社管员, linked firm", "社管员电话多少", Expect.Says("liaison.details"));

    public static readonly CheckedTurn FilingStart = new("报事 started, linked firm", "报事",
        Expect.Says("fileIssue.category").Or(Expect.Says("fileIssue.category.propose")));

    public static readonly IReadOnlyList<CheckedTurn> Turns = [Liaison, FilingStart];

    private InProcessBot _bot = null!;
    private TestAdapter _linked = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bot = await InProcessBot.StartAsync("micro-dialog");
        await LinkAsync(_bot);
        _linked = _bot.NewConversation(User);
        foreach (var turn in Turns)
        {
            var reply = await _bot.SayAsync(turn == Liaison ? _linked : _bot.NewConversation(User), turn.Text);
            if (!turn.Expect.Check(new BotReply(reply, [])))
            {
                throw new InvalidOperationException($"{turn.Name}: expected {turn.Expect.Description}, got “{reply}”.");
            }
        }
    }

    /// <summary>Links <see cref="User"/> to <see cref="LinkedFirm"/>, so that the flows skip the firm question.</summary>
    public static async Task LinkAsync(InProcessBot bot)
    {
        var firms = await bot.Database.FirmsAsync(CancellationToken.None);
        await bot.LinkAsync(User, firms.Single(firm => firm.Name == LinkedFirm).Id);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _bot.DisposeAsync();

    /// <summary>A linked firm asks for its liaison: read state, route, one query, reply, write state.</summary>
    [Benchmark(Description = "找社管员, linked firm, one turn")]
    public Task<string> LiaisonTurn() => _bot.SayAsync(_linked, Liaison.Text);

    /// <summary>A linked firm starts a filing in a new conversation: the form begins, the category question is asked, the stack is written.</summary>
    [Benchmark(Description = "报事 started, linked firm, one turn")]
    public Task<string> FilingStartTurn() => _bot.SayAsync(_bot.NewConversation(User), FilingStart.Text);
}
