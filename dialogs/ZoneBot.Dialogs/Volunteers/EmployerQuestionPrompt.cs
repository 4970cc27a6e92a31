using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// "是否填写您所在的企业？": yes or no as a confirm prompt understands them, a skip word (跳过, 不填,
/// 没有) as no, and a firm's name as yes ("永盛灯具": the caller looks that name up).
/// </summary>
public sealed class EmployerQuestionPrompt(string id, ITextLocalizer texts, WordLists words, FirmDirectory firms)
    : ConfirmPrompt(id, texts)
{
    protected override async Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var text = AnswerText(turnContext);
        if (words.IsSkip(text, locale))
        {
            return PromptRecognizerResult<bool>.Success(false);
        }
        var answer = await base.OnRecognizeAsync(turnContext, options, locale, cancellationToken);
        if (answer.Succeeded)
        {
            return answer;
        }
        return await firms.FindInAsync(text, cancellationToken) is not null
            ? PromptRecognizerResult<bool>.Success(true)
            : answer;
    }
}
