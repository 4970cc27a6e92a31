using System.CommandLine;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Verification;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `firms code &lt;firm&gt;`: a one-time membership code for a firm, for an administrator to hand to a person of
/// the firm who cannot get the SMS code (the same as a liaison's 企业验证码 in chat). Printed once; only its hash is kept.
/// </summary>
public static class FirmCommands
{
    public static Command Build()
    {
        var firmOf = new Argument<string>("firm") { Description = "The firm's credit code, or its name or short name (one firm must match)." };
        var code = new Command("code", "Print a one-time code proving membership of the firm (valid FirmVerification:LiaisonCodeHours, usable once).") { firmOf };
        code.TreatUnmatchedTokensAsErrors = false;
        code.SetAction((parse, ct) => CodeAsync(parse, parse.GetValue(firmOf)!, ct));
        return new Command("firms", "The zone's firms.") { code };
    }

    private static async Task<int> CodeAsync(ParseResult parse, string firm, CancellationToken ct)
    {
        using var services = OfficerCommands.Services(parse);
        var error = parse.InvocationConfiguration.Error;
        var found = await services.GetRequiredService<FirmDirectory>().SearchAsync(firm, limit: 5, ct);
        if (found.Single is not { } match)
        {
            await error.WriteLineAsync(found.Matches.Count == 0
                ? $"No firm matches '{firm}'."
                : $"'{firm}' matches several firms; give one's credit code:\n" + string.Join("\n", found.Matches.Select(m => $"  {m.Firm.CreditCode}  {m.Firm.Name}")));
            return OfficerCommands.Refused;
        }
        var issued = await services.GetRequiredService<FirmVerification>().IssueLiaisonCodeAsync(match.Id, officer: null, ct);
        var output = parse.InvocationConfiguration.Output;
        await output.WriteLineAsync($"One-time code for {issued!.FirmName}: {issued.Code} (valid until {OfficerCommands.ZoneText(issued.ExpiresAt)}, usable once).");
        await output.WriteLineAsync("Give it to the firm's person: in chat they choose to verify with a liaison's code and type it.");
        return 0;
    }
}
