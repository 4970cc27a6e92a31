using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// The volunteer's name (2–20 Chinese characters or Latin letters) and mobile number (it identifies
/// the person; a landline could be a whole office's). Ends with a <see cref="VolunteerContact"/>.
/// </summary>
public sealed class VolunteerContactDialog : ComponentDialog
{
    private const string NamePrompt = "volunteerContact.name";
    private const string PhonePrompt = "volunteerContact.phone";
    private const string Steps = "volunteerContact.steps";
    private const string NameKey = "name";

    private readonly ITextLocalizer _texts;

    public VolunteerContactDialog(ITextLocalizer texts)
        : base(nameof(VolunteerContactDialog))
    {
        _texts = texts;
        AddDialog(new TextPrompt(NamePrompt, texts, ValidateNameAsync));
        AddDialog(new PhonePrompt(PhonePrompt, texts, ValidateMobileAsync));
        AddDialog(new WaterfallDialog(Steps, [NameStepAsync, PhoneStepAsync, DoneStepAsync]));
        InitialDialogId = Steps;
    }

    private Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return step.PromptAsync(NamePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.Get(locale, "volunteer.name.ask")),
            HelpText = _texts.Get(locale, "volunteer.name.help"),
        }, ct);
    }

    private Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values[NameKey] = VolunteerName.Normalise((string)step.Result!);
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.Get(locale, "volunteer.phone.ask")),
            HelpText = _texts.Get(locale, "volunteer.phone.help"),
        }, ct);
    }

    private static Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.EndDialogAsync(new VolunteerContact { Name = step.GetValue<string>(NameKey)!, Phone = (string)step.Result! }, ct);

    private Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var problem = VolunteerName.Check(VolunteerName.Normalise(prompt.Recognized.Value));
        var valid = problem switch
        {
            VolunteerNameProblem.None => true,
            VolunteerNameProblem.TooShort => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.tooShort", VolunteerName.MinLength)),
            VolunteerNameProblem.TooLong => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.tooLong", VolunteerName.MaxLength)),
            _ => prompt.Fail(_texts.Get(prompt.Locale, "volunteer.name.notLetters")),
        };
        return Task.FromResult(valid);
    }

    private Task<bool> ValidateMobileAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Value is ['1', ..] || prompt.Fail(_texts.Get(prompt.Locale, "volunteer.phone.notMobile")));
}
