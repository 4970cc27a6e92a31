using System.CommandLine;
using ZoneBot.Host.Doctor;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `doctor`: looks at what a deployment needs, changes nothing, prints each check as ok, warn or fail with its fix,
/// and exits 1 when anything fails, so that an upgrade script can stop before starting a broken deployment.
/// </summary>
public static class DoctorCommand
{
    /// <summary>Exit code when at least one check failed.</summary>
    public const int Failed = 1;

    public static Command Build()
    {
        var doctor = new Command("doctor", "Check the deployment without changing anything: each check ok, warn or fail, with its fix; exit 1 on any fail.");
        doctor.TreatUnmatchedTokensAsErrors = false;
        doctor.SetAction((parse, ct) => RunAsync(parse, ct));
        return doctor;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var context = new DoctorContext(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<TimeProvider>());
        var results = await Checkup.RunAsync(context, ct);
        var output = parse.InvocationConfiguration.Output;
        var width = results.Max(result => result.Check.Name.Length);
        foreach (var (check, result) in results)
        {
            await output.WriteLineAsync($"{Label(result.Status),-5} {check.Name.PadRight(width)}  {result.Summary}");
            if (result.Fix is not null)
            {
                await output.WriteLineAsync($"{string.Empty,-5} {string.Empty.PadRight(width)}  fix: {result.Fix}");
            }
        }
        var failed = results.Count(result => result.Result.Status == CheckStatus.Fail);
        var warned = results.Count(result => result.Result.Status == CheckStatus.Warn);
        await output.WriteLineAsync($"{results.Count} checks: {results.Count - failed - warned} ok, {warned} warn, {failed} fail. Nothing was changed.");
        return failed > 0 ? Failed : 0;
    }

    private static string Label(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "ok",
        CheckStatus.Warn => "warn",
        _ => "fail",
    };
}
