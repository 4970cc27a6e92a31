using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Inspections;

/// <summary>What `inspections plan` made: rows added, and rows the year already had.</summary>
public sealed record PlanOutcome(int Year, int Added, int AlreadyPlanned, int Firms);

/// <summary>
/// `inspections plan --year 2027`: every firm of every grid gets its year's inspections (<see cref="InspectionPlan"/>:
/// the two cycles, and the extra ones its colour gives). Running it again adds only what is missing (a firm
/// imported since), so it is safe to run after every import.
/// </summary>
public sealed class InspectionPlanner(Database database, InspectionOptions options)
{
    public async Task<PlanOutcome> PlanAsync(int year, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        const string firms = "SELECT id AS Id, grid_id AS GridId, colour AS Colour FROM firms ORDER BY id";
        const string insert = """
            INSERT INTO inspections (firm_id, grid_id, year, round, kind, due_from, due_by, status)
            VALUES (@firmId, @gridId, @year, @round, @kind, @dueFrom, @dueBy, 'planned')
            ON CONFLICT (firm_id, year, round) WHERE round > 0 DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var rows = (await connection.QueryAsync<FirmRow>(new CommandDefinition(firms, transaction: transaction, cancellationToken: ct))).ToList();
        int added = 0, existing = 0;
        foreach (var firm in rows)
        {
            foreach (var round in InspectionPlan.For(year, FirmColour.FromCode(firm.Colour), options))
            {
                var inserted = await connection.ExecuteAsync(new CommandDefinition(insert, new
                {
                    firmId = firm.Id, gridId = firm.GridId, year, round = round.Round, kind = Checklists.DefaultKind,
                    dueFrom = InspectionRows.DayText(round.From), dueBy = InspectionRows.DayText(round.To),
                }, transaction, cancellationToken: ct));
                (added, existing) = inserted > 0 ? (added + 1, existing) : (added, existing + 1);
            }
        }
        await transaction.CommitAsync(ct);
        return new PlanOutcome(year, added, existing, rows.Count);
    }

    private sealed class FirmRow
    {
        public long Id { get; set; }
        public long GridId { get; set; }
        public string Colour { get; set; } = string.Empty;
    }
}
