using System.Diagnostics;
using System.Diagnostics.Metrics;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Telemetry;

/// <summary>
/// ZoneBot's own telemetry, named once: the <see cref="Meter"/> "ZoneBot" with what an operator watches (turns and
/// their latency, tickets filed by category, the outbox, escalations, rate-limit rejections), and the
/// <see cref="ActivitySource"/> of the same name for the spans of turns and SQL. The host exports both
/// (OpenTelemetry); without a listener every call here costs next to nothing.
/// </summary>
public sealed class ZoneBotMetrics
{
    public const string Name = "ZoneBot";

    /// <summary>The spans: one per turn, one per SQL statement on SQLite (Npgsql traces its own).</summary>
    public static readonly ActivitySource Tracing = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _ticketsFiled;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _rateLimitRejections;
    private long _outboxPending;
    private long _outboxDead;

    public ZoneBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("zonebot.turns", "{turn}", "Turns the bot ran, by channel and activity type.");
        _turnDuration = meter.CreateHistogram<double>("zonebot.turn.duration", "s", "How long a turn took, replies included.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10] });
        _ticketsFiled = meter.CreateCounter<long>("zonebot.tickets.filed", "{ticket}", "Tickets filed, by category and routing.");
        _escalations = meter.CreateCounter<long>("zonebot.escalations", "{escalation}", "Escalations raised by the deadlines watch.");
        _rateLimitRejections = meter.CreateCounter<long>("zonebot.rate_limit.rejections", "{request}", "Requests refused with 429, by limit.");
        meter.CreateObservableGauge("zonebot.outbox.pending", () => Interlocked.Read(ref _outboxPending), "{alert}",
            "Alerts waiting in the outbox, as of the dispatcher's last look.");
        meter.CreateObservableGauge("zonebot.outbox.dead", () => Interlocked.Read(ref _outboxDead), "{alert}",
            "Alerts that failed every attempt (outbox list --dead), as of the dispatcher's last look.");
    }

    public void TurnRan(string channel, string type, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "type", type } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    public void TicketFiled(string category, string routing) =>
        _ticketsFiled.Add(1, new TagList { { "category", category }, { "routing", routing } });

    public void EscalationsRaised(int count) => _escalations.Add(count);

    public void RateLimitRejected(string limit) => _rateLimitRejections.Add(1, new TagList { { "limit", limit } });

    public void OutboxLooked(OutboxDepth depth)
    {
        ArgumentNullException.ThrowIfNull(depth);
        Interlocked.Exchange(ref _outboxPending, depth.Pending);
        Interlocked.Exchange(ref _outboxDead, depth.Dead);
    }
}
