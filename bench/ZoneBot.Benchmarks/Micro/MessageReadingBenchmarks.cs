using BenchmarkDotNet.Attributes;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// What reading one message costs, as the bot reads it (the host's own services over the demo zone): the emergency
/// screen of every message, the router's reading at rest, and an answer inside the 报事 form. The messages are typed
/// texts (Scenarios/typed-texts.json): a whole report with several facts, 好的, 3, and an English report.
/// </summary>
public class MessageReadingBenchmarks
{
    private InProcessBot _bot = null!;
    private EmergencyDetector _emergencies = null!;
    private SentenceIntentRecognizer _sentences = null!;
    private MessageReader _reader = null!;
    private string _text = string.Empty;
    private string _locale = string.Empty;

    [Params("read.report", "read.ok", "read.number", "read.english")]
    public string Message { get; set; } = "read.report";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bot = await InProcessBot.StartAsync("micro-reading-" + Guid.NewGuid().ToString("N")[..8]);
        _emergencies = _bot.Service<EmergencyDetector>();
        _sentences = _bot.Service<SentenceIntentRecognizer>();
        _reader = _bot.Service<MessageReader>();
        _text = TypedTexts.Get(Message);
        _locale = Message == "read.english" ? "en-US" : "zh-CN";
        // What is timed must answer right: the report is read as one, with its phone, and no short answer is an emergency.
        var (intent, facts) = await _sentences.RecognizeAsync(_text, _locale, hasPhotos: false, CancellationToken.None);
        var isReport = Message is "read.report" or "read.english";
        if (isReport != (intent == Intent.FileIssue) || (isReport && (await _reader.ReadAsync(_text, _locale, CancellationToken.None)).Phone is null)
            || (!isReport && _emergencies.Detect(_text) is not null))
        {
            throw new InvalidOperationException($"“{_text}” is not read as expected (intent {intent}, phone {facts.Phone}).");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _bot.DisposeAsync();

    [Benchmark(Description = "emergency screen")]
    public object? Screen() => _emergencies.Detect(_text);

    [Benchmark(Description = "at rest: the router's reading")]
    public async Task<Intent> AtRest() => (await _sentences.RecognizeAsync(_text, _locale, hasPhotos: false, CancellationToken.None)).Intent;

    [Benchmark(Description = "filing form: an answer read")]
    public Task<MessageFacts> InForm() => _reader.ReadAsync(_text, _locale, CancellationToken.None);
}
