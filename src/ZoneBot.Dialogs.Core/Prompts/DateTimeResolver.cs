using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Turns a date or time in Chinese or English into <see cref="DateTimeResolution"/>s relative to a given
/// "now". Where the recognizer offers a past and a future reading ("周一", "Monday", "11月30日") the coming
/// one is taken; a time alone is its next occurrence. Meanings come earliest first. Durations and
/// repeating times are not dates and are left out.
/// </summary>
public static class DateTimeResolver
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "HH:mm:ss"];

    // One recognizer per culture, built once: the static RecognizeDateTime builds a new one at every call.
    private static readonly Dictionary<string, DateTimeRecognizer> Recognizers = new()
    {
        [Culture.Chinese] = RecognizerCultures.Invariant(() => new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None, lazyInitialization: true)),
        [Culture.English] = RecognizerCultures.Invariant(() => new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: true)),
    };

    public static IReadOnlyList<DateTimeResolution> Resolve(string? text, string locale, DateTime now)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return [];
        }
        foreach (var culture in RecognizerCultures.For(locale, folded))
        {
            var resolutions = RecognizerCultures.Invariant(() => Recognizers[culture].GetDateTimeModel().Parse(folded, now))
                .SelectMany(result => FromResult(result, now))
                .ToList();
            if (resolutions.Count > 0)
            {
                return resolutions;
            }
        }
        return [];
    }

    private static IEnumerable<DateTimeResolution> FromResult(ModelResult result, DateTime now)
    {
        if (result.Resolution?.TryGetValue("values", out var values) != true || values is not IEnumerable<object> list)
        {
            return [];
        }
        return list
            .OfType<IDictionary<string, string>>()
            .Select(value => Parse(value, now))
            .OfType<DateTimeResolution>()
            .GroupBy(resolution => resolution.Timex)
            .Select(readings => Coming(readings.ToList(), now))
            .OrderBy(Key);
    }

    // Of the readings of one expression, the earliest that is not past; all past: the latest.
    private static DateTimeResolution Coming(List<DateTimeResolution> readings, DateTime now)
    {
        var ahead = readings.Where(reading => IsAhead(reading, now)).OrderBy(Key).FirstOrDefault();
        return ahead ?? readings.OrderBy(Key).Last();
    }

    private static bool IsAhead(DateTimeResolution reading, DateTime now) =>
        reading.Type is "date" or "daterange" ? Key(reading) >= now.Date : (reading.End ?? Key(reading)) >= now;

    private static DateTime Key(DateTimeResolution reading) => reading.Value ?? reading.Start ?? reading.End ?? DateTime.MaxValue;

    private static DateTimeResolution? Parse(IDictionary<string, string> value, DateTime now)
    {
        var type = value.TryGetValue("type", out var t) ? t : string.Empty;
        if (type is not ("date" or "time" or "datetime" or "daterange" or "timerange" or "datetimerange"))
        {
            return null;
        }
        var resolution = new DateTimeResolution
        {
            Timex = value.TryGetValue("timex", out var timex) ? timex : string.Empty,
            Type = type,
            Value = Moment(value, "value"),
            Start = Moment(value, "start"),
            End = Moment(value, "end"),
        };
        if (resolution.Value is null && resolution.Start is null && resolution.End is null)
        {
            return null;
        }
        return type is "time" or "timerange" ? NextOccurrence(resolution, now) : resolution;
    }

    // A time alone is read on today's date: move it to tomorrow when it is already over.
    private static DateTimeResolution NextOccurrence(DateTimeResolution resolution, DateTime now)
    {
        DateTime? OnToday(DateTime? time) => time is { } t ? now.Date + t.TimeOfDay : null;
        resolution.Value = OnToday(resolution.Value);
        resolution.Start = OnToday(resolution.Start);
        resolution.End = OnToday(resolution.End);
        if (resolution.End < resolution.Start)
        {
            resolution.End = resolution.End?.AddDays(1);
        }
        if ((resolution.End ?? resolution.Value ?? resolution.Start) < now)
        {
            resolution.Value = resolution.Value?.AddDays(1);
            resolution.Start = resolution.Start?.AddDays(1);
            resolution.End = resolution.End?.AddDays(1);
        }
        return resolution;
    }

    private static DateTime? Moment(IDictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var text)
        && DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? moment
            : null;
}
