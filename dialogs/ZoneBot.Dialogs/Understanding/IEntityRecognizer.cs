namespace ZoneBot.Dialogs.Understanding;

/// <summary>Finds one kind of fact in a message and writes it into the facts; leaves them as they are when there is none.</summary>
public interface IEntityRecognizer
{
    /// <summary>The fact it writes: the reader runs it only when that fact is asked for.</summary>
    MessageFact Finds { get; }

    /// <summary>The facts of other recognizers it reads (run before it, whenever it runs).</summary>
    MessageFact Uses => MessageFact.None;

    ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct);
}
