using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Understanding.Recognizers;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// Asks when a visit suits: a coming time ("明天下午3点"), a wish ("尽快", "马上", "随时", "都行",
/// "工作日白天"), or a skip word for none. Only a moment that is really past is refused as past.
/// </summary>
public sealed class VisitTimePrompt(string id, ITextLocalizer texts, WordLists words, VisitTimeRecognizer visits, TimeProvider time)
    : Prompt<VisitAnswer>(id, texts)
{
    private readonly ZoneTimeProvider _zone = new(time);

    protected override string? DefaultFailureKey => DialogTextKeys.DateTimeInvalid;

    protected override Task<PromptRecognizerResult<VisitAnswer>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var text = AnswerText(turnContext);
        if (words.IsSkip(text, locale))
        {
            return Task.FromResult(PromptRecognizerResult<VisitAnswer>.Success(new VisitAnswer()));
        }
        var utterance = new Utterance(text, locale, _zone.GetLocalNow().DateTime);
        var (at, wish) = visits.Read(utterance, answersTheQuestion: true);
        if (at is not null || wish is not null)
        {
            return Task.FromResult(PromptRecognizerResult<VisitAnswer>.Success(new VisitAnswer { At = at, Wish = wish }));
        }
        return Task.FromResult(PromptRecognizerResult<VisitAnswer>.Failure(
            visits.IsPast(utterance) ? "fileIssue.visitTime.past" : DialogTextKeys.DateTimeInvalid));
    }
}
