using ZoneBot.Host.Cli;

// No verb: the web host on http://localhost:3978. Verbs: chat, db migrate, seed demo, import grids|firms, tickets, officers, outbox, report (see Cli/CommandLine.cs).
return await CommandLine.Build().Parse(args).InvokeAsync();
