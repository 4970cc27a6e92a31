using System.Globalization;
using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks for free text; returns it trimmed. Rejects, each with its own message: an empty answer, an
/// attachment without text, and (when limits are set) text too short or too long, counted in characters
/// as people see them.
/// </summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(
        string id, ITextLocalizer localizer, PromptValidator<string>? validator = null, int? minLength = null, int? maxLength = null)
        : base(id, localizer, validator)
    {
        if (minLength is < 0 || maxLength is < 1 || minLength > maxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(minLength), "The length limits must satisfy 0 <= min <= max, max >= 1.");
        }
        MinLength = minLength;
        MaxLength = maxLength;
    }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var text = AnswerText(turnContext).Trim();
        return Task.FromResult(Recognize(text, turnContext.Activity.Attachments?.Count > 0));
    }

    private PromptRecognizerResult<string> Recognize(string text, bool hasAttachments)
    {
        if (text.Length == 0)
        {
            return PromptRecognizerResult<string>.Failure(hasAttachments ? DialogTextKeys.TextNotText : DialogTextKeys.TextEmpty);
        }
        var length = new StringInfo(text).LengthInTextElements;
        if (length < MinLength)
        {
            return PromptRecognizerResult<string>.Failure(DialogTextKeys.TextTooShort, MinLength);
        }
        if (length > MaxLength)
        {
            return PromptRecognizerResult<string>.Failure(DialogTextKeys.TextTooLong, MaxLength);
        }
        return PromptRecognizerResult<string>.Success(text);
    }
}
