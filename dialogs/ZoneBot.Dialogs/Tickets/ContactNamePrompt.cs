using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding.Recognizers;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// Asks how to address the contact. "王经理 13812345678" answers "王经理" (the phone is kept by the
/// form); a bare phone number or "谢谢" is no name and is asked again.
/// </summary>
public sealed class ContactNamePrompt(string id, ITextLocalizer texts, ContactRecognizer contacts, PersonNameRecognizer names)
    : Prompt<string>(id, texts)
{
    public const string InvalidKey = "fileIssue.contact.name.invalid";

    protected override string? DefaultFailureKey => InvalidKey;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var text = AnswerText(turnContext);
        var name = contacts.Find(text, locale) ?? names.FromAnswer(text, locale);
        return Task.FromResult(name is null
            ? PromptRecognizerResult<string>.Failure(InvalidKey)
            : PromptRecognizerResult<string>.Success(name));
    }
}
