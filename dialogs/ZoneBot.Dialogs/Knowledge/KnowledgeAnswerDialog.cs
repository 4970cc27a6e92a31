using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Knowledge;

/// <summary>
/// Answers from the knowledge base, citing the entry and its date, then asks whether it helped. "没有解决"
/// hands over to 报事 as a 企业服务 ticket that starts from the question as they asked it. The options are
/// the question; the entry is found again from it (<see cref="KnowledgeBase.Answer"/>).
/// </summary>
public sealed class KnowledgeAnswerDialog : ComponentDialog
{
    private const string Steps = "knowledge.steps";
    private const string HelpedPrompt = "knowledge.helped";

    private readonly ITextLocalizer _texts;
    private readonly KnowledgeBase _knowledge;
    private readonly Menu _menu;

    public KnowledgeAnswerDialog(ITextLocalizer texts, KnowledgeBase knowledge, IChoiceWords words, Menu menu, FileIssueDialog fileIssue)
        : base(nameof(KnowledgeAnswerDialog))
    {
        _texts = texts;
        _knowledge = knowledge;
        _menu = menu;
        AddDialog(fileIssue);
        AddDialog(new ChoicePrompt(HelpedPrompt, texts, words: words));
        AddDialog(new WaterfallDialog(Steps, [AnswerStepAsync, HelpedStepAsync]));
        InitialDialogId = Steps;
    }

    /// <summary>The answer as the chat shows it: title, answer, then where it comes from and when it was checked.</summary>
    public static string Describe(ITextLocalizer texts, string locale, KnowledgeEntry entry) =>
        texts.Get(locale, "knowledge.answer", entry.Title, entry.Answer, entry.Source, entry.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var question = step.Options as string ?? string.Empty;
        step.Values["question"] = question;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var match = _knowledge.Answer(question, isQuestion: true) ?? _knowledge.Answer(question, isQuestion: false);
        if (match is null)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        await step.Context.SendActivityAsync(MessageFactory.Text(Describe(_texts, locale, match.Entry)), ct);
        return await step.PromptAsync(HelpedPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "knowledge.helped")),
            Choices =
            [
                new(_texts.Get(locale, "knowledge.helped.yes")) { Words = [ChoiceWordLists.Safety(SafetyWords.HelpedYes)] },
                new(_texts.Get(locale, "knowledge.helped.no")) { Words = [ChoiceWordLists.Safety(SafetyWords.HelpedNo)] },
            ],
            HelpText = _texts.Get(locale, "knowledge.helped.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> HelpedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.Result is FoundChoice { Index: 1 })
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_texts.Get(locale, "knowledge.toTicket")), ct);
            return await step.ReplaceDialogAsync(nameof(FileIssueDialog), new TicketSeed
            {
                Category = TicketCategory.EnterpriseService,
                FirstMessage = step.GetValue<string>("question"),
            }, ct);
        }
        await step.Context.SendActivityAsync(_menu.Create(step.Context, _texts.Get(locale, "knowledge.glad")), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
