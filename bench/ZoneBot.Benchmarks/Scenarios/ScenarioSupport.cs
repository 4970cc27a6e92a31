using ZoneBot.Benchmarks.Data;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// What a run prepares in its database before the scripts start, as the zone's staff would have: firm codes from the
/// liaisons (查询工单 verifies its user with one) and officers with their binding codes (the officers' script binds
/// with one, then works on tickets). Optionally a ledger of every ticket number sent (the crash test).
/// </summary>
public sealed record ScenarioSupport(FirmCodes Codes, OfficerSeats Officers)
{
    /// <summary>Codes per firm issued before the run; a firm that runs out gets more.</summary>
    public const int CodesPerFirm = 3;

    public TicketLedger? Filed { get; init; }

    /// <param name="officers">Officers to enrol: one per virtual user at the highest concurrency, so none shares a chat.</param>
    public static async Task<ScenarioSupport> PrepareAsync(BenchDatabase database, IReadOnlyList<FirmAccount> firms, int officers, CancellationToken ct) =>
        new(await FirmCodes.IssueAsync(database, firms, CodesPerFirm, ct), await OfficerSeats.EnrolAsync(database, officers, ct));
}
