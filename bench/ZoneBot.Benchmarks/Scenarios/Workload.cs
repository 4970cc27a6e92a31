namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// What the virtual users do: each one goes through <see cref="Scenarios"/> in turn, each time a new
/// conversation as a new chat user, for a firm of the roster that differs from user to user and from
/// one conversation to the next.
/// </summary>
public sealed record Workload(string Name, IReadOnlyList<Scenario> Scenarios)
{
    /// <summary>What the run prepared for the scripts (liaison codes, officers, the ledger of ticket numbers); null: nothing.</summary>
    public ScenarioSupport? Support { get; init; }

    public ScenarioInput Input(IReadOnlyList<FirmAccount> firms, int user, int iteration)
    {
        // 743 (the demo roster) is prime, so users 0..63 start on 64 different firms and then move on by steps of 11.
        var firm = firms[(int)(((long)user * 37 + (long)iteration * 11) % firms.Count)];
        return new ScenarioInput(firm, user, iteration) { Support = Support };
    }

    public Scenario Pick(int user, int iteration) => Scenarios[(user + iteration) % Scenarios.Count];
}
