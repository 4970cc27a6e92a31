using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// When a visit suits: a coming date and time ("明天上午10点后都可以来看"), or a wish without one:
/// 尽快/马上/asap (as soon as possible), 随时/都行/工作日白天 (any time). Never a past moment: "马上" is
/// a wish, not "now". In a message about something else, a date counts only with a visit word
/// (来, 上门, 查看), so "昨晚偷排" or "晚上很吵" is no appointment; at the visit question it always counts.
/// </summary>
public sealed partial class VisitTimeRecognizer(EntityWords words, LocationRecognizer places) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.VisitTime;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        if (facts.VisitAt is null && facts.VisitWish is null)
        {
            (facts.VisitAt, facts.VisitWish) = Read(utterance, answersTheQuestion: false);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The moment or the wish; both null when the text names neither (or only a past moment).</summary>
    public (DateTimeOffset? At, VisitWish? Wish) Read(Utterance utterance, bool answersTheQuestion)
    {
        // The date recognizer is the costliest step of a turn: a message about something else is read for a date only
        // when it has a visit word, without which its date would not count anyway.
        if (answersTheQuestion || words.FirstIn(utterance.Normalized, utterance.Locale, "visit.cue") is not null)
        {
            var resolutions = DateTimeResolver.Resolve(Masked(utterance), utterance.Locale, utterance.ZoneNow);
            var moment = FirstMoment(resolutions);
            var now = ZoneTimeProvider.FromZoneLocal(utterance.ZoneNow);
            var hasDay = resolutions.FirstOrDefault()?.Type is "date" or "datetime" or "daterange" or "datetimerange";
            if (moment is { } at && at > now && (answersTheQuestion || hasDay))
            {
                return (at, null);
            }
        }
        if (words.FirstIn(utterance.Normalized, utterance.Locale, "visit.asap") is not null)
        {
            return (null, VisitWish.AsSoonAsPossible);
        }
        return words.FirstIn(utterance.Normalized, utterance.Locale, "visit.any") is not null ? (null, VisitWish.AnyTime) : (null, null);
    }

    /// <summary>Whether the answer names a time that is already past (to be told so, not taken).</summary>
    public bool IsPast(Utterance utterance)
    {
        var moment = FirstMoment(DateTimeResolver.Resolve(Masked(utterance), utterance.Locale, utterance.ZoneNow));
        return moment is { } at && at <= ZoneTimeProvider.FromZoneLocal(utterance.ZoneNow);
    }

    /// <summary>The moment meant: a time as given, a range from its start, a bare date at 09:00.</summary>
    public static DateTimeOffset? FirstMoment(IEnumerable<DateTimeResolution>? resolutions)
    {
        var first = resolutions?.FirstOrDefault();
        var local = first is null ? (DateTime?)null
            : first.Type == "date" && first.Value is { } date ? date.Date.AddHours(9)
            : first.Value ?? first.Start;
        return local is { } value ? ZoneTimeProvider.FromZoneLocal(value) : null;
    }

    // Phone numbers and numbered places (3号车间, 新兴大道18号) are not dates.
    private string Masked(Utterance utterance) =>
        places.WithoutNumberedPlaces(PhoneLike().Replace(utterance.Text, " "), utterance.Locale);

    [GeneratedRegex(@"\+?\d[\d\s\-]{6,}\d")]
    private static partial Regex PhoneLike();
}
