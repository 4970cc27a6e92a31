using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// The consent question of the sign-up: 同意 or 不同意, and only an explicit agreement counts. The
/// everyday yes words of a confirm prompt (好的, 嗯) are not consent, and "不太同意" names 同意 but
/// is not one: an answer with a negation never counts as agreement.
/// </summary>
public sealed class ConsentPrompt : ChoicePrompt
{
    public ConsentPrompt(string id, ITextLocalizer texts, WordLists words, IChoiceWords choiceWords)
        : base(id, texts, (prompt, ct) => Task.FromResult(IsExplicit(prompt, words) || prompt.Fail(texts.Get(prompt.Locale, "volunteer.consent.unclear"))), choiceWords)
    {
    }

    /// <summary>The question: what is collected, why, who sees it, how to leave; agree is choice 0.</summary>
    public static PromptOptions Options(ITextLocalizer texts, string locale) => new()
    {
        Prompt = new PromptQuestion(texts.Get(locale, "volunteer.consent")),
        RetryPrompt = new PromptQuestion(texts.Get(locale, "volunteer.consent.retry")),
        Choices =
        [
            new Choice(texts.Get(locale, "volunteer.consent.agree")) { Words = [ChoiceWordLists.Vocabulary("consent.agree")] },
            new Choice(texts.Get(locale, "volunteer.consent.decline"))
            {
                Words = [ChoiceWordLists.Prompts("confirm.no"), ChoiceWordLists.Vocabulary("consent.decline")],
            },
        ],
        HelpText = texts.Get(locale, "volunteer.consent.help"),
        MaxAttempts = 0,
        HelpAfterAttempts = 2,
    };

    public static bool Agreed(object? result) => result is FoundChoice { Index: 0 };

    private static bool IsExplicit(PromptValidatorContext<FoundChoice> prompt, WordLists words)
    {
        var answer = TextNormalizer.Normalize(prompt.Context.Activity.Text);
        return prompt.Recognized.Value?.Index != 0 || !words.Synonyms(prompt.Locale, "consent.negation").Any(answer.Contains);
    }
}
