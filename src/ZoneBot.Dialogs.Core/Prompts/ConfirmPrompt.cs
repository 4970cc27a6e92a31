using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks a yes/no question, offering the localised yes and no (<c>confirm.yes</c>, <c>confirm.no</c>) as
/// suggested actions; understands the everyday words of both languages (<see cref="ConfirmWords"/>).
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string id, ITextLocalizer localizer, PromptValidator<bool>? validator = null)
        : base(id, localizer, validator)
    {
    }

    protected override string? DefaultFailureKey => DialogTextKeys.ConfirmInvalid;

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var answer = ConfirmWords.Recognize(
            AnswerText(turnContext),
            Localizer.Get(locale, DialogTextKeys.ConfirmYes),
            Localizer.Get(locale, DialogTextKeys.ConfirmNo));
        return Task.FromResult(answer is { } value
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failure(DialogTextKeys.ConfirmInvalid));
    }

    protected override IList<CardAction> GetSuggestedActions(PromptOptions options, string locale) =>
    [
        Button(Localizer.Get(locale, DialogTextKeys.ConfirmYes)),
        Button(Localizer.Get(locale, DialogTextKeys.ConfirmNo)),
    ];

    private static CardAction Button(string title) => new(ActionTypes.ImBack, title, value: title);
}
