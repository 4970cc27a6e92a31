namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>A firm a virtual user speaks for: it identifies the firm by credit code, and the bot names it back.</summary>
public sealed record FirmAccount(long Id, string CreditCode, string Name);
