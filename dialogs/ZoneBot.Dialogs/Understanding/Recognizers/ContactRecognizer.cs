using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// Whom to call: "王经理", "李总", "张师傅", "联系人张伟", "我姓陈" (陈先生/女士, worded by the locale).
/// "王经理 13812345678" gives the name here and the phone to <see cref="PhoneRecognizer"/>.
/// </summary>
public sealed class ContactRecognizer(PersonPatterns patterns, ITextLocalizer texts) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.ContactName;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.ContactName ??= Find(utterance.Text, utterance.Locale);
        return ValueTask.CompletedTask;
    }

    public string? Find(string text, string locale) =>
        patterns.Titled(text, locale)
        ?? patterns.Marked(text, locale)
        ?? patterns.Named(text, locale)
        ?? (patterns.SurnameOnly(text, locale) is { } surname ? texts.Get(Locales.Resolve(locale), "understanding.surnameOnly", surname) : null);
}
