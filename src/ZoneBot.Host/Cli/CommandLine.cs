using System.CommandLine;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>The verbs of the one executable.</summary>
public static class CommandLine
{
    /// <summary>
    /// The command line as the executable reads it: the verbs, with the settings (--Key=value) for the configuration.
    /// A token that is neither (a misspelt verb, an unknown option) makes it a parse error, which prints what was not
    /// understood and the usage and exits with 1, instead of starting the web host.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        var parse = Build().Parse(args);
        var strays = SettingTokens.Strays(parse.UnmatchedTokens, SettingTokens.KnownSections());
        if (strays.Count == 0)
        {
            return parse;
        }
        // Parsed again, strictly, with only the strays left over: the parser names each, and shows the usage.
        var settings = parse.UnmatchedTokens.ToList();
        foreach (var stray in strays)
        {
            settings.Remove(stray);
        }
        var rest = args.ToList();
        foreach (var setting in settings)
        {
            rest.Remove(setting);
        }
        var strict = Build();
        Strict(strict);
        return strict.Parse(rest);
    }

    private static void Strict(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = true;
        foreach (var subcommand in command.Subcommands)
        {
            Strict(subcommand);
        }
    }

    public static RootCommand Build()
    {
        // Anything the root does not know goes on to the host's configuration when it is a setting (--urls, --Database:ConnectionString=...,
        // see SettingTokens); Parse refuses the rest.
        var root = new RootCommand("ZoneBot: the service bot of an industrial zone. With no verb, runs the web host.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, ct) => WebHost.RunAsync([.. parse.UnmatchedTokens], ct));

        var chat = new Command("chat", "Talk to the bot in this terminal (same bot, same database).");
        chat.TreatUnmatchedTokensAsErrors = false;
        chat.SetAction((parse, ct) => TerminalChat.RunAsync([.. parse.UnmatchedTokens], Console.In, Console.Out, ct));
        root.Subcommands.Add(chat);

        var db = new Command("db", "Database administration.");
        var migrate = new Command("migrate", "Apply the pending migrations.");
        migrate.TreatUnmatchedTokensAsErrors = false;
        migrate.SetAction((parse, ct) => AdminCommands.MigrateAsync([.. parse.UnmatchedTokens], ct));
        db.Subcommands.Add(migrate);
        DatabaseCommands.AddTo(db);
        root.Subcommands.Add(db);

        var seed = new Command("seed", "Load data.");
        var demo = new Command("demo", "Load the fictional demo zone into an empty database.");
        demo.TreatUnmatchedTokensAsErrors = false;
        demo.SetAction((parse, ct) => AdminCommands.SeedDemoAsync([.. parse.UnmatchedTokens], ct));
        seed.Subcommands.Add(demo);
        root.Subcommands.Add(seed);

        root.Subcommands.Add(ImportCommands.Build());
        root.Subcommands.Add(TicketCommands.Build());
        root.Subcommands.Add(TeamCommands.Build());
        root.Subcommands.Add(OfficerCommands.Build());
        root.Subcommands.Add(OutboxCommands.Build());
        root.Subcommands.Add(ReportCommands.Build());
        root.Subcommands.Add(DoctorCommand.Build());
        root.Subcommands.Add(FirmCommands.Build());
        root.Subcommands.Add(KnowledgeCommands.Build());
        root.Subcommands.Add(RelayCommands.Build());
        root.Subcommands.Add(InspectionCommands.Build());
        return root;
    }
}
