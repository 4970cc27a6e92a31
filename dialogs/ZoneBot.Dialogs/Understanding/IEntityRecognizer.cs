namespace ZoneBot.Dialogs.Understanding;

/// <summary>Finds one kind of fact in a message and writes it into the facts; leaves them as they are when there is none.</summary>
public interface IEntityRecognizer
{
    ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct);
}
