using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>A mobile or a landline with its area code, in any spacing, with or without +86 (<see cref="PhoneFinder"/>).</summary>
public sealed class PhoneRecognizer : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Phone;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.Phone ??= PhoneFinder.Find(utterance.Text)?.Digits;
        return ValueTask.CompletedTask;
    }
}
