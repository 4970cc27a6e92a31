using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>A date-time question that may be skipped: a skip word answers with no time at all.</summary>
public sealed class OptionalDateTimePrompt(
    string id, ITextLocalizer texts, WordLists words, TimeProvider time, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null)
    : DateTimePrompt(id, texts, validator, time)
{
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken) =>
        words.IsSkip(turnContext.Activity.Text, locale)
            ? Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Success([]))
            : base.OnRecognizeAsync(turnContext, options, locale, cancellationToken);
}
