using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks for a date or time ("明天下午3点", "11月30日 9:00", "下周一上午", "Monday 9am") and returns its
/// meanings, earliest first (see <see cref="DateTimeResolver"/>). "Now" comes from the injected
/// <see cref="TimeProvider"/>, in its local time zone.
/// </summary>
public class DateTimePrompt : Prompt<IReadOnlyList<DateTimeResolution>>
{
    private readonly TimeProvider _timeProvider;

    public DateTimePrompt(
        string id,
        ITextLocalizer localizer,
        PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null,
        TimeProvider? timeProvider = null)
        : base(id, localizer, validator)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    protected override string? DefaultFailureKey => DialogTextKeys.DateTimeInvalid;

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetLocalNow().DateTime;
        var resolutions = DateTimeResolver.Resolve(AnswerText(turnContext), locale, now);
        return Task.FromResult(resolutions.Count > 0
            ? PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Success(resolutions)
            : PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure(DialogTextKeys.DateTimeInvalid));
    }
}
