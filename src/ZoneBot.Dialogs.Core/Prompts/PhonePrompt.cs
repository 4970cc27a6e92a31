using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks for a Chinese mobile or landline number and returns its digits only (see <see cref="PhoneNumbers"/>):
/// "138 0574 1234" → "13805741234", "（0574）6301 2345" → "057463012345".
/// </summary>
public class PhonePrompt : Prompt<string>
{
    public PhonePrompt(string id, ITextLocalizer localizer, PromptValidator<string>? validator = null)
        : base(id, localizer, validator)
    {
    }

    protected override string? DefaultFailureKey => DialogTextKeys.PhoneInvalid;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var digits = PhoneNumbers.Find(AnswerText(turnContext));
        return Task.FromResult(digits is null
            ? PromptRecognizerResult<string>.Failure(DialogTextKeys.PhoneInvalid)
            : PromptRecognizerResult<string>.Success(digits));
    }
}
