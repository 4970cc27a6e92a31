using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ZoneBot.Data.Telemetry;
using ZoneBot.Host.Telemetry;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>
/// Not run beside other tests: OpenTelemetry listens to every meter named ZoneBot in the process, so another test's
/// host filing a ticket at the same moment would be counted here too.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>
/// Issue 17: what the host does is readable in Prometheus' format on the management port, and only there: a ticket
/// filed over the real endpoint is counted with its category, turns are counted and timed.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed partial class MetricsTests : IAsyncLifetime
{
    private readonly int _managementPort = FreePort();
    private ZoneBotServer _server = null!;
    private HttpClient _management = null!;

    public async Task InitializeAsync()
    {
        _server = new ZoneBotServer { Settings = [$"--Management:Urls=http://127.0.0.1:{_managementPort}"] };
        await _server.InitializeAsync();
        _management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_managementPort}") };
    }

    public async Task DisposeAsync()
    {
        _management.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_ticket_filed_over_the_real_host_is_counted_with_its_category_and_the_turns_with_their_latency()
    {
        var before = Sample(await ScrapeAsync(), "zonebot_tickets_filed_total", "category=\"safety\"");

        var summary = BotClient.Texts(await SayAllAsync("metrics",
            "我是华信电器的，仓库门口的消防通道被隔壁的货物堵住两天了，联系人张经理13805741234", "是的", "一般"));
        var filed = BotClient.Texts(await _server.Bot.SayAsync("metrics", "确认提交"));
        var metrics = await ScrapeAsync();

        Assert.Contains("安全生产和消防安全", summary);
        Assert.Contains("已提交", filed);
        Assert.Equal(before + 1, Sample(metrics, "zonebot_tickets_filed_total", "category=\"safety\""));
        Assert.True(Sample(metrics, "zonebot_turns_total", "channel=\"test\"", "type=\"message\"") >= 4);
        Assert.True(Sample(metrics, "zonebot_turn_duration_seconds_count", "channel=\"test\"") >= 4);
        Assert.Contains("zonebot_outbox_pending", metrics);
    }

    [Fact]
    public async Task The_public_port_does_not_serve_the_metrics_and_the_management_port_serves_nothing_of_the_chat()
    {
        Assert.NotEqual(_managementPort, _server.BaseAddress.Port);
        var forged = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        forged.Headers.Host = $"127.0.0.1:{_managementPort}";

        Assert.Equal(HttpStatusCode.NotFound, (await _server.Http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Http.SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _management.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _management.PostAsync("/api/messages", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _management.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _management.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task A_message_refused_by_the_rate_limit_is_counted_under_its_limit()
    {
        var port = FreePort();
        var limited = new ZoneBotServer
        {
            Settings = ["--RateLimits:MessagesPerUser=1", $"--Management:Urls=http://127.0.0.1:{port}"],
        };
        HttpResponseMessage refused;
        string metrics;
        try
        {
            await limited.InitializeAsync();
            using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await limited.Bot.SayAsync("limited", "你好");
            refused = await limited.Http.PostAsJsonAsync("/api/messages", BotClient.Activity("message", "limited", "zh-CN", "我要报事"));
            metrics = await (await management.GetAsync("/metrics")).Content.ReadAsStringAsync();
        }
        finally
        {
            await limited.DisposeAsync();
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(1, Sample(metrics, "zonebot_rate_limit_rejections_total", "limit=\"sender\""));
    }

    [Fact]
    public async Task A_turn_is_one_span_tagged_with_its_dialog_and_intent_with_the_SQL_it_ran_inside()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "ZoneBot",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await _server.Bot.SayAsync("traced", "厂区东门的路灯坏了好几天，晚上工人下班很不安全");

        var turn = Assert.Single(spans, span => span.OperationName == "bot turn" && span.GetTagItem("zonebot.activity.type") is "message");
        Assert.Equal("FileIssue", turn.GetTagItem("zonebot.intent"));
        Assert.NotNull(turn.GetTagItem("zonebot.dialog"));
        Assert.Equal("test", turn.GetTagItem("zonebot.channel"));
        // The dialogs' own statements run inside the turn's span; the duplicate guard's, around it, in the same trace.
        var inside = spans.Where(span => span.GetTagItem("db.system.name") is "sqlite" && span.ParentSpanId == turn.SpanId).ToList();
        Assert.Contains(inside, span => span.OperationName == "SELECT" && span.Duration > TimeSpan.Zero);
        Assert.All(inside, span => Assert.InRange(span.StartTimeUtc, turn.StartTimeUtc, turn.StartTimeUtc + turn.Duration));
    }

    private async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> SayAllAsync(string conversation, params string[] messages)
    {
        IReadOnlyList<System.Text.Json.Nodes.JsonObject> replies = [];
        foreach (var message in messages)
        {
            replies = await _server.Bot.SayAsync(conversation, message);
        }
        return replies;
    }

    // Issue 15 (memory): OpenTelemetry allocates every metric stream's points up front, as many as it may keep apart,
    // so the host bounds them: a stream with more tag combinations keeps the limit and counts the rest in one overflow
    // series, nothing lost from the total.
    [Fact]
    public async Task A_metric_with_more_tag_combinations_than_the_limit_keeps_the_limit_and_counts_the_rest_as_overflow()
    {
        var callers = TelemetryServices.MetricSeriesLimit + 150;
        using var meter = new Meter(ZoneBotMetrics.Name);
        var counter = meter.CreateCounter<long>("zonebot.test.callers");
        for (var caller = 0; caller < callers; caller++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("caller", "firm-" + caller));
        }

        var series = (await ScrapeAsync()).Split('\n')
            .Where(line => line.StartsWith("zonebot_test_callers_total{", StringComparison.Ordinal))
            .ToList();

        var named = series.Count(line => line.Contains("caller=\"firm-", StringComparison.Ordinal));
        Assert.InRange(named, TelemetryServices.MetricSeriesLimit - 1, TelemetryServices.MetricSeriesLimit);
        var overflow = Assert.Single(series, line => line.Contains("otel_metric_overflow=\"true\"", StringComparison.Ordinal));
        Assert.Equal(callers - named, long.Parse(overflow.Split('}')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<string> ScrapeAsync()
    {
        var response = await _management.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the series with the name and all the labels; 0 when there is none yet.</summary>
    private static double Sample(string metrics, string name, params string[] labels) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(line.Contains))
            .Select(line => double.Parse(SampleValue().Match(line).Groups[1].Value, CultureInfo.InvariantCulture))
            .Sum();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\}\s+([0-9.eE+-]+)")]
    private static partial Regex SampleValue();
}
