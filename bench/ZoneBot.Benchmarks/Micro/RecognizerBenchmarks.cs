using BenchmarkDotNet.Attributes;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// The date-time recognizer on preferred visit times as firms type them (the filing's last question), and on an answer
/// with no date in it, where only the Chinese model should run.
/// </summary>
public class DateTimeRecognizerBenchmarks
{
    private static readonly DateTime Now = new(2026, 11, 28, 10, 0, 0, DateTimeKind.Unspecified);

    [Params("明天下午3点", "下周一上午九点半", "11月30日", "没有具体时间，尽快就好")]
    public string VisitTime { get; set; } = "明天下午3点";

    [Benchmark(Description = "DateTimeResolver.Resolve")]
    public IReadOnlyList<DateTimeResolution> Resolve() => DateTimeResolver.Resolve(VisitTime, "zh-CN", Now);
}

/// <summary>The phone recognizer on a contact's number as firms type it.</summary>
public class PhoneRecognizerBenchmarks
{
    [Benchmark(Description = "PhoneFinder.Find, spaced mobile")]
    public string? SpacedMobile() => PhoneFinder.Find("138 0574 1234")?.Digits;

    [Benchmark(Description = "PhoneFinder.Find, in a sentence")]
    public string? InSentence() => PhoneFinder.Find("我的电话是13805741234，白天都在")?.Digits;
}
