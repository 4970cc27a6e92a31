using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/> as suggested actions and returns the <see cref="FoundChoice"/>
/// the answer means (see <see cref="ChoiceRecognizer"/> for how an answer is matched).
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly IChoiceWords? _words;

    /// <param name="words">Reads the word lists that choices name (<see cref="Choice.Words"/>); needed when any does.</param>
    public ChoicePrompt(string id, ITextLocalizer localizer, PromptValidator<FoundChoice>? validator = null, IChoiceWords? words = null)
        : base(id, localizer, validator)
    {
        _words = words;
    }

    protected override string? DefaultFailureKey => DialogTextKeys.ChoiceInvalid;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(AnswerText(turnContext), options.Choices ?? [], _words, locale);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failure(DialogTextKeys.ChoiceInvalid)
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    /// <summary>A message that is exactly a choice's name, title or synonym is that choice, even "退出".</summary>
    protected override bool ClaimsAnswer(ITurnContext turnContext, PromptOptions options)
    {
        var answer = TextNormalizer.NormalizeAnswer(AnswerText(turnContext));
        var locale = Locales.Resolve(turnContext.Activity.Locale);
        return answer.Length > 0 && (options.Choices ?? []).Any(choice => ChoiceRecognizer.IsTermOf(choice, answer, _words, locale));
    }

    // The button sends its title, which the recognizer matches as exact text.
    protected override IList<CardAction> GetSuggestedActions(PromptOptions options, string locale) =>
        (options.Choices ?? [])
            .Select(choice => choice.ActionTitle ?? choice.Value)
            .Select(title => new CardAction(ActionTypes.ImBack, title, value: title))
            .ToList();
}
