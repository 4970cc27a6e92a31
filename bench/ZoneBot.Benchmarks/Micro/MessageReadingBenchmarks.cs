using BenchmarkDotNet.Attributes;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// What reading one message costs, as the bot reads it (the host's own services over the demo zone): the emergency
/// screen of every message, the router's reading at rest, an answer inside the 报事 form, and every fact. The messages are typed
/// texts (Scenarios/typed-texts.json): a whole report with several facts, 好的, 3, and an English report.
/// </summary>
public class MessageReadingBenchmarks
{
    // The slots a filing still has empty after its description, category and place: urgency, contact, phone, visit time.
    private static readonly MessageFact FormAnswer = TicketDraftFacts.Wanted(new TicketDraft
    {
        Category = TicketCategory.EnterpriseService,
        Description = TypedTexts.Get("read.report"),
        LocationAsked = true,
    });

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

    /// <summary>The router at rest: the phrases, then whether a problem is told (before issue 15's reading: every fact).</summary>
    [Benchmark(Description = "at rest: the router's reading")]
    public Task<Intent> AtRest() => _sentences.RouteAsync(_text, _locale, hasPhotos: false, CancellationToken.None);

    /// <summary>An answer in the filing form once description, category and place are given: the slots still empty.</summary>
    [Benchmark(Description = "filing form: an answer read")]
    public Task<MessageFacts> InForm() => _reader.ReadAsync(_text, _locale, FormAnswer, CancellationToken.None);

    /// <summary>Every fact, as the conversation set reads a message (and as both benchmarks above read it before).</summary>
    [Benchmark(Description = "every fact")]
    public Task<MessageFacts> Everything() => _reader.ReadAsync(_text, _locale, CancellationToken.None);
}
