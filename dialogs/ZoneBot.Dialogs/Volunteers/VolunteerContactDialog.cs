using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Understanding.Recognizers;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// The volunteer's name (2–20 Chinese characters or Latin letters) and mobile number (it identifies
/// the person; a landline could be a whole office's). Begun with what is already known (a
/// <see cref="VolunteerContact"/>), it asks only for the rest; "张伟 13857412345" at the name question
/// answers both. Ends with a <see cref="VolunteerContact"/>.
/// </summary>
public sealed class VolunteerContactDialog : ComponentDialog
{
    private const string NamePrompt = "volunteerContact.name";
    private const string PhonePrompt = "volunteerContact.phone";
    private const string Steps = "volunteerContact.steps";
    private const string NameKey = "name";

    private const string KnownKey = "known";

    private readonly ITextLocalizer _texts;
    private readonly PersonNameRecognizer _names;

    public VolunteerContactDialog(ITextLocalizer texts, PersonNameRecognizer names)
        : base(nameof(VolunteerContactDialog))
    {
        _texts = texts;
        _names = names;
        AddDialog(new TextPrompt(NamePrompt, texts, ValidateNameAsync));
        AddDialog(new PhonePrompt(PhonePrompt, texts, PhoneFinder.Digits, ValidateMobileAsync));
        AddDialog(new WaterfallDialog(Steps, [NameStepAsync, PhoneStepAsync, DoneStepAsync]));
        InitialDialogId = Steps;
    }

    private Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var known = StateValues.To<VolunteerContact>(step.Options) ?? new VolunteerContact();
        step.Values[KnownKey] = known;
        if (known.Name.Length > 0)
        {
            return step.NextAsync(known.Name, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return step.PromptAsync(NamePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.name.ask")),
            HelpText = _texts.Get(locale, "volunteer.name.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = (string)step.Result!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        step.Values[NameKey] = VolunteerName.Normalise(_names.FromAnswer(answer, locale) ?? answer);
        var known = step.GetValue<VolunteerContact>(KnownKey) ?? new VolunteerContact();
        // A mobile already given, or given with the name ("张伟 13857412345"), is not asked for.
        var phone = known.Phone.Length > 0 ? PhoneNumber.Parse(known.Phone) : PhoneFinder.Find(step.Context.Activity.Text);
        if (phone is { IsMobile: true } mobile)
        {
            return step.NextAsync(mobile.Digits, ct);
        }
        return step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.phone.ask")),
            HelpText = _texts.Get(locale, "volunteer.phone.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private static Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.EndDialogAsync(new VolunteerContact { Name = step.GetValue<string>(NameKey)!, Phone = (string)step.Result! }, ct);

    private Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var found = _names.FromAnswer(prompt.Recognized.Value, prompt.Locale);
        var problem = VolunteerName.Check(VolunteerName.Normalise(found ?? prompt.Recognized.Value));
        var valid = problem switch
        {
            // Letters, but no name: "谢谢", "好的".
            VolunteerNameProblem.None when found is null => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.invalid")),
            VolunteerNameProblem.None => true,
            VolunteerNameProblem.TooShort => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.tooShort", VolunteerName.MinLength)),
            VolunteerNameProblem.TooLong => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.tooLong", VolunteerName.MaxLength)),
            _ => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.notLetters")),
        };
        return Task.FromResult(valid);
    }

    private Task<bool> ValidateMobileAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(PhoneNumber.Parse(prompt.Recognized.Value) is { IsMobile: true } || prompt.Fail(_texts.Get(prompt.Locale, "volunteer.phone.notMobile")));
}
