using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// What in a message may be a phone number: the numbers the sequence recognizer finds, then the whole
/// message in case it missed a plain one. It accepts far more than phone numbers, so the caller checks
/// each candidate with the phone rule (the domain's PhoneNumber); this class only finds them.
/// </summary>
public static class PhoneCandidates
{
    // Built once: the static RecognizePhoneNumber builds a new recognizer, and registers all its models, at every call.
    private static readonly SequenceRecognizer Sequences = RecognizerCultures.Invariant(() => new SequenceRecognizer(SequenceOptions.None));

    public static IEnumerable<string> In(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return [];
        }
        return RecognizerCultures.Invariant(() => Sequences.GetPhoneNumberModel(Culture.Chinese).Parse(folded))
            .Select(result => result.Text)
            .Append(folded);
    }

    /// <summary>The first candidate that <paramref name="read"/> accepts, as it returns it; null when none does.</summary>
    public static string? Find(string? text, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return In(text).Select(read).FirstOrDefault(found => found is not null);
    }
}
