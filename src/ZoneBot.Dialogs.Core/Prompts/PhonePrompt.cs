using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks for a phone number and returns what <c>readNumber</c> makes of the first candidate it accepts
/// (<see cref="PhoneCandidates"/>): the phone rule itself is the caller's (the domain's PhoneNumber).
/// </summary>
public class PhonePrompt : Prompt<string>
{
    private readonly Func<string, string?> _readNumber;

    /// <param name="readNumber">A candidate's normalised number, or null when it is none.</param>
    public PhonePrompt(string id, ITextLocalizer localizer, Func<string, string?> readNumber, PromptValidator<string>? validator = null)
        : base(id, localizer, validator)
    {
        ArgumentNullException.ThrowIfNull(readNumber);
        _readNumber = readNumber;
    }

    protected override string? DefaultFailureKey => DialogTextKeys.PhoneInvalid;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var digits = PhoneCandidates.Find(AnswerText(turnContext), _readNumber);
        return Task.FromResult(digits is null
            ? PromptRecognizerResult<string>.Failure(DialogTextKeys.PhoneInvalid)
            : PromptRecognizerResult<string>.Success(digits));
    }
}
