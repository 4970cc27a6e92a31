using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>One scripted conversation against a bot, outside any timed run: null when it ended as scripted, else why not.</summary>
public static class OneConversation
{
    public static async Task<string?> RunAsync(IBotTarget bot, Scenario scenario, ScenarioInput input, CancellationToken ct)
    {
        var clock = RunClock.StartNow(TimeSpan.Zero, TimeSpan.FromMinutes(5));
        using var http = BotHttpClient.CreateHttp(bot.BaseAddress, LoadDriver.RequestTimeout);
        var chat = new Conversation(new BotHttpClient(http), new TurnRecorder(clock), clock, scenario.Name, $"once-{Guid.NewGuid():N}", ct);
        try
        {
            await scenario.RunAsync(chat, input);
            return null;
        }
        catch (WrongReplyException wrong)
        {
            return wrong.Message;
        }
        catch (HttpRequestException failed)
        {
            return "HTTP: " + failed.Message;
        }
    }
}
