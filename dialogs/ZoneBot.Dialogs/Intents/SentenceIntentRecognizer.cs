using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Intents;

/// <summary>
/// The intent of a message at rest, from its phrases first (<see cref="PhraseIntentRecognizer"/>), then
/// from what it says: a message that tells of a problem ("路灯不亮了", "The road outside our factory is
/// flooded") or brings a photo is a report (报事). Returns the facts read too, for the flow it starts.
/// </summary>
public sealed class SentenceIntentRecognizer(PhraseIntentRecognizer phrases, MessageReader reader)
{
    public async Task<(Intent Intent, MessageFacts Facts)> RecognizeAsync(string? text, string locale, bool hasPhotos, CancellationToken ct)
    {
        var intent = phrases.Recognize(text, locale);
        var facts = await reader.ReadAsync(text, locale, ct);
        if (intent == Intent.None && (hasPhotos || facts.DescribesProblem))
        {
            intent = Intent.FileIssue;
        }
        return (intent, facts);
    }
}
