using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// The moves offered on an officer's ticket. A message with a ticket number in it ("ZB-…", or
/// "研判 ZB-… 属实") is an answer too: it opens that ticket, with its action, so the officer can go
/// from one ticket to the next without the menu. Such an answer comes back with <see cref="OtherTicket"/> as its index.
/// </summary>
public sealed class TicketActionPrompt(string id, ITextLocalizer texts) : ChoicePrompt(id, texts)
{
    public const int OtherTicket = -1;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken) =>
        OfficerCommand.NumberIn(AnswerText(turnContext)) is { } number
            ? Task.FromResult(PromptRecognizerResult<FoundChoice>.Success(new FoundChoice { Value = number, Index = OtherTicket }))
            : base.OnRecognizeAsync(turnContext, options, locale, cancellationToken);
}
