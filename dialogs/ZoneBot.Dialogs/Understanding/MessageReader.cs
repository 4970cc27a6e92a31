using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// Reads a message for the facts asked: each recognizer of an asked fact in turn over the same utterance. A form asks
/// for its empty slots only, the router for whether a problem is told: what could not count is not read.
/// </summary>
public sealed class MessageReader(IEnumerable<IEntityRecognizer> recognizers, TimeProvider time)
{
    private readonly IEntityRecognizer[] _recognizers = [.. recognizers];
    private readonly ZoneTimeProvider _zone = new(time);

    /// <summary>Every fact the message holds.</summary>
    public Task<MessageFacts> ReadAsync(string? text, string locale, CancellationToken ct) => ReadAsync(text, locale, MessageFact.All, ct);

    /// <summary>The facts of <paramref name="wanted"/> (and those their recognizers use); the others stay empty.</summary>
    public async Task<MessageFacts> ReadAsync(string? text, string locale, MessageFact wanted, CancellationToken ct)
    {
        var facts = new MessageFacts();
        var run = WithWhatTheyUse(wanted);
        if (run == MessageFact.None || string.IsNullOrWhiteSpace(text))
        {
            return facts;
        }
        var utterance = new Utterance(text, locale, _zone.GetLocalNow().DateTime);
        foreach (var recognizer in _recognizers)
        {
            if ((recognizer.Finds & run) != 0)
            {
                await recognizer.RecognizeAsync(utterance, facts, ct);
            }
        }
        return facts;
    }

    // "Whether a problem is told" reads the category found: asking for the one runs the other.
    private MessageFact WithWhatTheyUse(MessageFact wanted)
    {
        var run = wanted;
        for (var added = true; added;)
        {
            var before = run;
            foreach (var recognizer in _recognizers)
            {
                if ((recognizer.Finds & run) != 0)
                {
                    run |= recognizer.Uses;
                }
            }
            added = run != before;
        }
        return run;
    }
}
