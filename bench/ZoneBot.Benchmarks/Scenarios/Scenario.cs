using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>A scripted conversation: a name for the report and the script, given the conversation and the firm of its user.</summary>
public sealed record Scenario(string Name, Func<Conversation, ScenarioInput, Task> RunAsync);

/// <summary>
/// Who talks: a firm of the roster, the virtual user's number and how many conversations it had before; and what the
/// run prepared in the database for the scripts that need it (liaison codes, officers), when it did.
/// </summary>
public sealed record ScenarioInput(FirmAccount Firm, int User, int Iteration)
{
    public ScenarioSupport? Support { get; init; }

    /// <summary>What the run prepared; a script that needs it and runs without it is a mistake of the benchmark, not of the bot.</summary>
    public ScenarioSupport RequireSupport(string script) =>
        Support ?? throw new InvalidOperationException($"The {script} script needs the run's prepared codes and officers (ScenarioSupport.PrepareAsync).");
}
