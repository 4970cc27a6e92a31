using ZoneBot.Host.Cli;
using ZoneBot.Host.Hosting;

// No verb: the web host on http://localhost:3978. Verbs: chat, db migrate, seed demo, import grids|firms, tickets, officers, outbox, report (see Cli/CommandLine.cs).
// Settings (--Database:Provider=postgres, --urls http://...) go to the configuration; an unknown verb or option prints the usage and exits 1.
// First, before the threads that would each take a malloc arena of their own (see MallocArenas).
MallocArenas.Apply();
return await CommandLine.Parse(args).InvokeAsync();
