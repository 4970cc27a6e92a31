using System.Text.Json.Nodes;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Floor;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Benchmarks.Tests.Support;

/// <summary>
/// The bots the tests point the benchmarks at, in this process: the real ZoneBot host over the benchmark's database,
/// the echo bot (which answers every ZoneBot script wrongly: it repeats the message), and the real host behind a proxy
/// that answers one flow wrongly, so that every other flow is right.
/// </summary>
public static class TestBots
{
    private static readonly string[] Quiet = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"];

    public static Task<IBotTarget> ZoneBotAsync(BenchDatabase database) =>
        LoopbackBot.StartAsync("ZoneBot in process", WebHost.Build(
            [.. Quiet, $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}"]));

    public static Task<IBotTarget> EchoAsync(string name = "echo bot") => LoopbackBot.StartAsync(name, FloorHost.Build(Quiet));

    /// <summary>
    /// The real host, except that 志愿者报名 is answered as if the consent had been declined (before it was asked):
    /// the sign-up goes wrong at its first turn, every other flow is served right.
    /// </summary>
    public static async Task<IBotTarget> RefusesSignUpsAsync(BenchDatabase database)
    {
        var real = await ZoneBotAsync(database);
        var forwarder = new HttpClient { BaseAddress = real.BaseAddress };
        var builder = WebApplication.CreateBuilder(Quiet);
        var proxy = builder.Build();
        proxy.MapGet("/healthz", () => "Healthy");
        proxy.MapPost("/api/messages", async (HttpRequest request, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(ct);
            if (JsonNode.Parse(body)?["text"]?.GetValue<string>() == "志愿者报名")
            {
                return Results.Json(new { activities = new[] { new { type = "message", text = BotTexts.Text("volunteer.consent.declined") } } });
            }
            using var forwarded = await forwarder.PostAsync("api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);
            return Results.Content(await forwarded.Content.ReadAsStringAsync(ct), "application/json", statusCode: (int)forwarded.StatusCode);
        });
        proxy.Lifetime.ApplicationStopped.Register(forwarder.Dispose);
        return await LoopbackBot.StartAsync("ZoneBot that refuses sign-ups", proxy, behind: real);
    }
}

/// <summary>A launcher of test bots: <paramref name="zoneBot"/> stands for ZoneBot's host, the echo bot for the floor.</summary>
public sealed class TestLauncher(Func<BenchDatabase, Task<IBotTarget>> zoneBot) : IBotLauncher
{
    public Task<IBotTarget> StartZoneBotAsync(BenchDatabase database, CancellationToken ct) => zoneBot(database);

    public Task<IBotTarget> StartFloorAsync(CancellationToken ct) => TestBots.EchoAsync("echo floor");
}
