using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>A scripted conversation: a name for the report and the script, given the conversation and the firm of its user.</summary>
public sealed record Scenario(string Name, Func<Conversation, ScenarioInput, Task> RunAsync);

/// <summary>Who talks: a firm of the roster, the virtual user's number and how many conversations it had before.</summary>
public sealed record ScenarioInput(FirmAccount Firm, int User, int Iteration);
