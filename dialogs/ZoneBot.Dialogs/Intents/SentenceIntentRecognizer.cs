using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Intents;

/// <summary>
/// The intent of a message at rest, from its phrases first (<see cref="PhraseIntentRecognizer"/>), then
/// from what it says: a message that tells of a problem ("路灯不亮了", "The road outside our factory is
/// flooded") or brings a photo is a report (报事).
/// </summary>
public sealed class SentenceIntentRecognizer(PhraseIntentRecognizer phrases, MessageReader reader)
{
    /// <summary>The intent and every fact of the message (what the flow it starts could use).</summary>
    public async Task<(Intent Intent, MessageFacts Facts)> RecognizeAsync(string? text, string locale, bool hasPhotos, CancellationToken ct)
    {
        var intent = phrases.Recognize(text, locale);
        var facts = await reader.ReadAsync(text, locale, ct);
        return (Decide(intent, hasPhotos, facts), facts);
    }

    /// <summary>
    /// The intent alone, as <see cref="RecognizeAsync"/> finds it, reading the message only for what decides it:
    /// whether it tells of a problem, and that only when no phrase and no photo decided already.
    /// </summary>
    public async Task<Intent> RouteAsync(string? text, string locale, bool hasPhotos, CancellationToken ct)
    {
        var intent = phrases.Recognize(text, locale);
        if (intent != Intent.None || hasPhotos)
        {
            return Decide(intent, hasPhotos, new MessageFacts());
        }
        return Decide(intent, hasPhotos, await reader.ReadAsync(text, locale, MessageFact.Problem, ct));
    }

    private static Intent Decide(Intent phrased, bool hasPhotos, MessageFacts facts) =>
        phrased == Intent.None && (hasPhotos || facts.DescribesProblem) ? Intent.FileIssue : phrased;
}
