using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ZoneBot.Host.Tests.Turns;

/// <summary>
/// The SQL statements one turn ran, as the host traces them: each request is sent with a trace of its own
/// (<c>traceparent</c>), and every statement span of that trace is kept: SQLite's from ZoneBot's statement tracing,
/// PostgreSQL's from Npgsql's (one span per command sent, that is per round trip, with the physical connection it went
/// over). Other tests' turns run in other traces; the SQLite writer's commits run outside any turn's trace.
/// </summary>
internal sealed class TurnStatementTrace : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<TracedStatement> _statements = new();

    public TurnStatementTrace()
    {
        _listener = new ActivityListener
        {
            // ASP.NET Core's request span carries the trace from the header to the turn and its statements.
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "ZoneBot" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is string text)
                {
                    _statements.Enqueue(new TracedStatement(activity.TraceId, text, activity.GetTagItem("db.npgsql.connection_id")?.ToString()));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Sends <paramref name="activity"/> in a trace of its own; returns the replies and the statements of its turn.</summary>
    public async Task<(IReadOnlyList<JsonObject> Replies, IReadOnlyList<TracedStatement> Statements)> SendAsync(HttpClient http, JsonObject activity)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var replies = body?["activities"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
        return (replies, [.. _statements.Where(statement => statement.Trace == trace)]);
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>One statement (SQLite) or command (PostgreSQL) of a traced turn.</summary>
public sealed record TracedStatement(ActivityTraceId Trace, string Text, string? Connection);
