using ZoneBot.Benchmarks.Cli;

// Verbs: load (ZoneBot beside the echo floor), micro (BenchmarkDotNet), growth (1,000 vs 1,000,000 tickets,
// 743 vs 100,000 firms), floor (the echo bot that `load` starts as a child process). See docs/benchmarks.md.
return await BenchmarkCommandLine.Build().Parse(args).InvokeAsync();
