using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Domain;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `officers add|code|list|revoke`: enrol officers and hand each a one-time code, which they send in
/// chat as 绑定 &lt;code&gt;. The code is printed once; only its hash is stored.
/// </summary>
public static class OfficerCommands
{
    /// <summary>Exit code: the officer could not be enrolled as asked, or was not found.</summary>
    public const int Refused = 2;

    public static Command Build()
    {
        var name = new Option<string>("--name") { Description = "The officer's name.", Required = true };
        var phone = new Option<string>("--phone") { Description = "Their phone (identifies them): 13805741234 or 0574-63012345.", Required = true };
        var role = new Option<string>("--role") { Description = "liaison, secretary, department or admin.", Required = true };
        role.AcceptOnlyFromAmong([.. Enum.GetValues<OfficerRole>().Select(r => r.Code)]);
        var grid = new Option<string?>("--grid") { Description = "A liaison's grid: 3 or 3号网格 (replaces the grid's liaison)." };
        var community = new Option<string?>("--community") { Description = "A secretary's (or department staff's) community: its code or name." };
        var add = new Command("add", "Enrol an officer and print their one-time code (valid 72 hours, usable once).") { name, phone, role, grid, community };
        add.TreatUnmatchedTokensAsErrors = false;
        add.SetAction((parse, ct) => AddAsync(parse, new NewOfficer(
            parse.GetValue(name)!, parse.GetValue(phone)!, OfficerRole.FromCode(parse.GetValue(role)!), parse.GetValue(grid), parse.GetValue(community)), ct));

        var codeOf = new Argument<string>("officer") { Description = "The officer's id or phone." };
        var code = new Command("code", "Give an officer (e.g. an imported liaison) a new one-time code; an earlier one stops working.") { codeOf };
        code.TreatUnmatchedTokensAsErrors = false;
        code.SetAction((parse, ct) => CodeAsync(parse, parse.GetValue(codeOf)!, ct));

        var list = new Command("list", "Every officer: role, place, whether bound, a waiting code, undelivered alerts.");
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => ListAsync(parse, ct));

        var revokeOf = new Argument<string>("officer") { Description = "The officer's id or phone." };
        var revoke = new Command("revoke", "End an officer's chat binding and void their code; their alerts wait until they bind again.") { revokeOf };
        revoke.TreatUnmatchedTokensAsErrors = false;
        revoke.SetAction((parse, ct) => RevokeAsync(parse, parse.GetValue(revokeOf)!, ct));

        return new Command("officers", "Enrol officers and manage their chat binding.") { add, code, list, revoke };
    }

    private static async Task<int> AddAsync(ParseResult parse, NewOfficer officer, CancellationToken ct)
    {
        using var services = Services(parse);
        try
        {
            var issued = await services.GetRequiredService<OfficerEnrolment>().AddAsync(officer, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Officer {issued.Officer.Id} enrolled: {issued.Officer.Name}, {issued.Officer.Role.Code}.");
            if (issued.ReplacedLiaison is not null)
            {
                await output.WriteLineAsync($"They replace {issued.ReplacedLiaison} as the grid's liaison, who stays an officer without a grid.");
            }
            await PrintCodeAsync(output, issued);
            return 0;
        }
        catch (EnrolmentException exception)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return Refused;
        }
    }

    private static async Task<int> CodeAsync(ParseResult parse, string officer, CancellationToken ct)
    {
        using var services = Services(parse);
        var issued = await services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync(officer, ct);
        if (issued is null)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"No officer '{officer}' (give an id from `officers list` or a phone).");
            return Refused;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync($"A new code for officer {issued.Officer.Id}, {issued.Officer.Name}.");
        await PrintCodeAsync(parse.InvocationConfiguration.Output, issued);
        return 0;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        using var services = Services(parse);
        var officers = await services.GetRequiredService<OfficerEnrolment>().ListAsync(ct);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Name", "Phone", "Role", "Grid / community", "Chat", "Code", "Waiting alerts");
        foreach (var listing in officers)
        {
            var officer = listing.Officer;
            table.AddRow(
                Plain(officer.Id.ToString(CultureInfo.InvariantCulture)),
                Plain(officer.Name),
                Plain(PhoneMask.Mask(officer.Phone)),
                Plain(officer.Role.Code),
                Plain(listing.Place ?? "—"),
                Plain(officer.IsBound ? "bound" : "—"),
                Plain(listing.CodeExpiresAt is { } expires ? "until " + ZoneText(expires) : "—"),
                Plain(listing.PendingAlerts.ToString(CultureInfo.InvariantCulture)));
        }
        Console(parse).Write(table);
        await parse.InvocationConfiguration.Output.WriteLineAsync(officers.Count == 1 ? "1 officer." : $"{officers.Count} officers.");
        return 0;
    }

    private static async Task<int> RevokeAsync(ParseResult parse, string officer, CancellationToken ct)
    {
        using var services = Services(parse);
        var revoked = await services.GetRequiredService<OfficerEnrolment>().RevokeAsync(officer, ct);
        if (revoked is null)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"No officer '{officer}' (give an id from `officers list` or a phone).");
            return Refused;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync(
            $"Officer {revoked.Id}, {revoked.Name}: chat binding ended and code voided. `officers code {revoked.Id}` gives them a new code.");
        return 0;
    }

    private static Task PrintCodeAsync(TextWriter output, IssuedCode issued) =>
        output.WriteLineAsync($"One-time code: {issued.Code} (valid until {ZoneText(issued.ExpiresAt)}, usable once). They send in chat: 绑定 {issued.Code}");

    /// <summary>The services with the database brought up to date; settings (--Database:ConnectionString=...) from the unmatched tokens.</summary>
    internal static ConsoleServices Services(ParseResult parse)
    {
        var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        ExistingDatabase.Migrate(services.GetRequiredService<Database>());
        return services;
    }

    /// <summary>
    /// Spectre's console over the verb's output, so tests read what an administrator sees. Written to a
    /// file or a pipe, the table is as wide as it needs rather than wrapped at 80 columns.
    /// </summary>
    internal static IAnsiConsole Console(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        if (!ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 240;
        }
        return console;
    }

    internal static Text Plain(string? text) => new(text ?? string.Empty);

    internal static string ZoneText(DateTimeOffset instant) =>
        ZoneTime.ToZoneTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
