using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder.Adapters;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>One dialog turn in this process, state read and written through SqlStorage on SQLite, no HTTP.</summary>
public class DialogTurnBenchmarks
{
    private const string User = "user-micro";
    private InProcessBot _bot = null!;
    private TestAdapter _linked = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bot = await InProcessBot.StartAsync("micro-dialog");
        var firms = await _bot.Database.FirmsAsync(CancellationToken.None);
        await _bot.LinkAsync(User, firms.Single(firm => firm.Name == "慈溪市华信电器有限公司").Id);
        _linked = _bot.NewConversation(User);
        Check(await _bot.SayAsync(_linked, "社管员电话多少"), "19900000001");
        Check(await _bot.SayAsync(_bot.NewConversation(User), "报事"), "请选择问题的类别");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _bot.DisposeAsync();

    /// <summary>A linked firm asks for its liaison: read state, route, one query, reply, write state.</summary>
    [Benchmark(Description = "找社管员, linked firm, one turn")]
    public Task<string> LiaisonTurn() => _bot.SayAsync(_linked, "社管员电话多少");

    /// <summary>A linked firm starts a filing in a new conversation: the form begins, the category question is asked, the stack is written.</summary>
    [Benchmark(Description = "报事 started, linked firm, one turn")]
    public Task<string> FilingStartTurn() => _bot.SayAsync(_bot.NewConversation(User), "报事");

    private static void Check(string reply, string expected)
    {
        if (!reply.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected “{expected}”, got “{reply}”.");
        }
    }
}
