using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>Reads a message for every fact it holds: each recognizer in turn over the same utterance.</summary>
public sealed class MessageReader(IEnumerable<IEntityRecognizer> recognizers, TimeProvider time)
{
    private readonly IEntityRecognizer[] _recognizers = [.. recognizers];
    private readonly ZoneTimeProvider _zone = new(time);

    public async Task<MessageFacts> ReadAsync(string? text, string locale, CancellationToken ct)
    {
        var facts = new MessageFacts();
        if (string.IsNullOrWhiteSpace(text))
        {
            return facts;
        }
        var utterance = new Utterance(text, locale, _zone.GetLocalNow().DateTime);
        foreach (var recognizer in _recognizers)
        {
            await recognizer.RecognizeAsync(utterance, facts, ct);
        }
        return facts;
    }
}
