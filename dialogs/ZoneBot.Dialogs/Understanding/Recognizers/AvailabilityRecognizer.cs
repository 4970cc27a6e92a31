using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>When a volunteer can help: "周末有空" is weekends, "平时下班后" weekdays and evenings (<see cref="Domain.Availability"/>).</summary>
public sealed class AvailabilityRecognizer(AvailabilityReader reader) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Availability;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        if (facts.Availability is null && reader.Parse(utterance.Text, utterance.Locale) is { Count: > 0 } slots)
        {
            facts.Availability = Availability.ToCodes(slots);
        }
        return ValueTask.CompletedTask;
    }
}
