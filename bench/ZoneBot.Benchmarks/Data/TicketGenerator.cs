using System.Data.Common;
using System.Diagnostics;
using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Data;

/// <summary>
/// Fills a database with years of tickets, straight into the tables in batches (a transaction each), as
/// <see cref="TicketFiling"/> would have left them: numbers ZB-yyyyMMdd-NNNN with the matching
/// ticket_number_counters row per day, deadlines by the firm's colour, the filing event and, for tickets that
/// moved on, the event of their current stage. Spread like a real zone's: a few firms file far more than most,
/// weekdays more than weekends, more in recent years; old tickets are closed, recent ones at every stage.
/// </summary>
public sealed class TicketGenerator(Database database, int seed = 20261128)
{
    private const int BatchSize = 20_000;
    private const int Years = 3;

    private const string SelectFirms = "SELECT id AS Id, grid_id AS GridId, colour AS Colour FROM firms ORDER BY id";
    private const string NextTicketId = "SELECT COALESCE(MAX(id), 0) + 1 FROM tickets";
    private const string InsertTicket = """
        INSERT INTO tickets (id, number, firm_id, grid_id, category, description, location, urgency, contact_name, contact_phone,
                             preferred_visit_at, stage, created_at, response_due_at, handle_due_at, channel_id, user_id, rating)
        VALUES (@Id, @Number, @FirmId, @GridId, @Category, @Description, @Location, @Urgency, @ContactName, @ContactPhone,
                NULL, @Stage, @CreatedAt, @ResponseDueAt, @HandleDueAt, @ChannelId, @UserId, @Rating)
        """;
    private const string InsertEvent = """
        INSERT INTO ticket_events (ticket_id, stage, kind, actor, note, created_at)
        VALUES (@TicketId, @Stage, @Kind, @Actor, NULL, @CreatedAt)
        """;
    private const string InsertCounter = """
        INSERT INTO ticket_number_counters (day, last_number) VALUES (@Day, @LastNumber)
        ON CONFLICT (day) DO UPDATE SET last_number = excluded.last_number
        """;
    private const string SqliteLoadingPragmas = "PRAGMA cache_size=-262144; PRAGMA synchronous=OFF;";
    // PostgreSQL's identity does not see ids given explicitly; move it past them.
    private const string ResetPostgresIdentity = "SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT MAX(id) FROM tickets))";

    private static readonly (TicketCategory Category, int Weight)[] Categories =
        [(TicketCategory.Safety, 30), (TicketCategory.EnterpriseService, 30), (TicketCategory.Environment, 20), (TicketCategory.SocialAffairs, 8), (TicketCategory.PartyBuilding, 2), (TicketCategory.Other, 10)];
    private static readonly string[] Descriptions =
        ["仓库门口的消防通道被货物堵住了", "园区路灯坏了，晚上下班很不安全", "厂区东门外的污水管道破了", "希望园区增加共享充电桩", "食堂排烟管道漏油，味道很大", "厂区围墙有一段倒塌了", "员工停车场地面坑洼需要修补", "配电箱门坏了电线裸露在外面"];
    private static readonly string[] Contacts = ["张经理", "李女士", "王先生", "陈主管", "刘工", "赵会计"];

    /// <summary>Adds <paramref name="count"/> tickets filed over the three years before today (zone time).</summary>
    /// <returns>How long it took.</returns>
    public async Task<TimeSpan> GenerateAsync(int count, IProgress<int>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var deadlines = new DeadlinePolicy(new DeadlineOptions { Categories = { ["safety"] = new() { ResponseHours = 2, HandleHours = 24 } } });
        await using var connection = await database.OpenAsync(ct);
        if (database.ProviderName == "sqlite")
        {
            // This connection only: a cache that holds the indexes being filled, and no fsync per batch (a crash
            // mid-way leaves a consistent database with fewer tickets, which a benchmark simply makes again).
            await connection.ExecuteAsync(new CommandDefinition(SqliteLoadingPragmas, cancellationToken: ct));
        }
        var firms = (await connection.QueryAsync<FirmRow>(new CommandDefinition(SelectFirms, cancellationToken: ct))).ToArray();
        var firmPicker = new WeightedPicker(firms.Select((_, rank) => 1.0 / Math.Pow(rank + 1, 0.8)).ToArray(), random);
        var categoryPicker = new WeightedPicker([.. Categories.Select(entry => (double)entry.Weight)], random);
        // The heavy filers are not simply the first rows of the roster.
        random.Shuffle(firms);

        var today = ZoneTime.DateOf(DateTimeOffset.UtcNow);
        var days = Enumerable.Range(1, Years * 365).Select(back => today.AddDays(-back)).Reverse().ToArray();
        var perDay = Spread(count, days, random);
        var nextId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(NextTicketId, cancellationToken: ct));

        var tickets = new List<TicketRow>(BatchSize);
        var events = new List<EventRow>(BatchSize * 2);
        var counters = new List<CounterRow>();
        var written = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var day = days[d];
            var times = Enumerable.Range(0, perDay[d]).Select(_ => random.Next(7 * 3600, 20 * 3600)).Order().ToArray();
            for (var sequence = 1; sequence <= times.Length; sequence++)
            {
                var firm = firms[firmPicker.Next()];
                var category = Categories[categoryPicker.Next()].Category;
                var urgency = random.Next(100) < 15 ? Urgency.Urgent : Urgency.Normal;
                var createdAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ZoneTime.Offset).AddSeconds(times[sequence - 1]).ToUniversalTime();
                var due = deadlines.Compute(createdAt, category, FirmColour.FromCode(firm.Colour), urgency);
                var stage = StageFor(today.DayNumber - day.DayNumber, random);
                var contact = Contacts[random.Next(Contacts.Length)];
                var id = nextId++;
                tickets.Add(new TicketRow(
                    id, TicketNumber.Format(day, sequence), firm.Id, firm.GridId, category.Code, Descriptions[random.Next(Descriptions.Length)],
                    random.Next(3) == 0 ? null : $"{random.Next(1, 9)}号车间", urgency.Code, contact, $"138{random.Next(10_000_000, 99_999_999)}",
                    stage.Code, createdAt, due.ResponseDueAt, due.HandleDueAt, "bench", $"gen-{firm.Id}-{random.Next(3)}",
                    stage == TicketStage.Closed && random.Next(2) == 0 ? "satisfied" : null));
                events.Add(new EventRow(id, TicketStage.Reported.Code, TicketEventKind.Filed.Code, contact, createdAt));
                if (stage != TicketStage.Reported)
                {
                    events.Add(new EventRow(id, stage.Code, TicketEventKind.StageChanged.Code, "社管员", createdAt.AddHours(random.Next(1, 72))));
                }
                if (tickets.Count == BatchSize)
                {
                    written += await WriteAsync(connection, tickets, events, counters, ct);
                    progress?.Report(written);
                }
            }
            if (times.Length > 0)
            {
                counters.Add(new CounterRow(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), times.Length));
            }
        }
        written += await WriteAsync(connection, tickets, events, counters, ct);
        if (database.ProviderName == "postgres")
        {
            await connection.ExecuteAsync(new CommandDefinition(ResetPostgresIdentity, cancellationToken: ct));
        }
        return watch.Elapsed;
    }

    private async Task<int> WriteAsync(DbConnection connection, List<TicketRow> tickets, List<EventRow> events, List<CounterRow> counters, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // One prepared command per table, its parameters set row by row: Dapper's per-row binding is several times slower here.
        await using (var insert = Command(connection, transaction, InsertTicket, "@Id", "@Number", "@FirmId", "@GridId", "@Category", "@Description", "@Location", "@Urgency",
            "@ContactName", "@ContactPhone", "@Stage", "@CreatedAt", "@ResponseDueAt", "@HandleDueAt", "@ChannelId", "@UserId", "@Rating"))
        {
            foreach (var t in tickets)
            {
                await RunAsync(insert, ct, t.Id, t.Number, t.FirmId, t.GridId, t.Category, t.Description, t.Location, t.Urgency, t.ContactName, t.ContactPhone,
                    t.Stage, Instant(t.CreatedAt), Instant(t.ResponseDueAt), Instant(t.HandleDueAt), t.ChannelId, t.UserId, t.Rating);
            }
        }
        await using (var insert = Command(connection, transaction, InsertEvent, "@TicketId", "@Stage", "@Kind", "@Actor", "@CreatedAt"))
        {
            foreach (var e in events)
            {
                await RunAsync(insert, ct, e.TicketId, e.Stage, e.Kind, e.Actor, Instant(e.CreatedAt));
            }
        }
        await connection.ExecuteAsync(new CommandDefinition(InsertCounter, counters, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        var written = tickets.Count;
        tickets.Clear();
        events.Clear();
        counters.Clear();
        return written;
    }

    /// <summary>An instant as ZoneBot stores it: SQLite's ISO-8601 UTC text (IsoDateTimeOffsetHandler's format), PostgreSQL's timestamptz.</summary>
    private object Instant(DateTimeOffset value) => database.ProviderName == "postgres"
        ? value.ToUniversalTime()
        : value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>How many tickets each day gets: weekdays more, weekends less, growing over the years.</summary>
    private static int[] Spread(int count, DateOnly[] days, Random random)
    {
        var weights = days.Select((day, index) =>
            (day.DayOfWeek switch { DayOfWeek.Saturday => 0.4, DayOfWeek.Sunday => 0.25, _ => 1.0 })
            * (0.6 + 0.8 * index / days.Length)
            * (0.8 + 0.4 * random.NextDouble())).ToArray();
        var total = weights.Sum();
        var perDay = weights.Select(weight => (int)(count * weight / total)).ToArray();
        for (var left = count - perDay.Sum(); left > 0; left--)
        {
            perDay[random.Next(perDay.Length)]++;
        }
        return perDay;
    }

    /// <summary>Old tickets are closed; the last weeks' are still on their way through the loop.</summary>
    private static TicketStage StageFor(int daysAgo, Random random) => daysAgo switch
    {
        > 60 => random.Next(100) < 97 ? TicketStage.Closed : TicketStage.Reviewed,
        > 14 => (TicketStage)random.Next((int)TicketStage.Handled, (int)TicketStage.Closed + 1),
        _ => (TicketStage)random.Next((int)TicketStage.Reported, (int)TicketStage.Closed + 1),
    };

    private sealed record FirmRow(long Id, long GridId, string Colour);

    private sealed record TicketRow(
        long Id, string Number, long FirmId, long GridId, string Category, string Description, string? Location, string Urgency,
        string ContactName, string ContactPhone, string Stage, DateTimeOffset CreatedAt, DateTimeOffset ResponseDueAt,
        DateTimeOffset HandleDueAt, string ChannelId, string UserId, string? Rating);

    private sealed record EventRow(long TicketId, string Stage, string Kind, string Actor, DateTimeOffset CreatedAt);

    private sealed record CounterRow(string Day, int LastNumber);
}
