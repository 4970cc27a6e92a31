using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using ZoneBot.Data.Telemetry;
using ZoneBot.Host.Telemetry;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>
/// Issue 15 (memory): OpenTelemetry allocates every metric stream's points up front, as many as it may keep apart, so
/// the host bounds them: a stream with more tag combinations than <see cref="TelemetryServices.MetricSeriesLimit"/>
/// keeps that many and counts the rest in one overflow series, nothing lost from the total.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class MetricSeriesLimitTests : IAsyncLifetime
{
    private const string CounterName = "zonebot.test.callers";
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
    public async Task A_metric_with_more_tag_combinations_than_the_limit_keeps_the_limit_and_counts_the_rest_as_overflow()
    {
        var callers = TelemetryServices.MetricSeriesLimit + 150;
        using var meter = new Meter(ZoneBotMetrics.Name);
        var counter = meter.CreateCounter<long>(CounterName);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
