using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Floor;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>The floor's script: the very texts of a ticket filing, each answered by its echo.</summary>
public static class EchoScenarios
{
    public static readonly Scenario Echo = new("echo", EchoAsync);

    public static Workload Filing => new("echo of the filing's 12 messages", [Echo]);

    private static async Task EchoAsync(Conversation chat, ScenarioInput input)
    {
        foreach (var text in ZoneBotScenarios.FilingAnswers(input))
        {
            await chat.SayAsync(text, Expect.Exactly(EchoBot.Prefix + text));
        }
    }
}
