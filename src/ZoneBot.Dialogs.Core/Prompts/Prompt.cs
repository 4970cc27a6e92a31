using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks one question and waits until the answer is understood and valid. A wrong answer gets the reason,
/// then the question again; after <see cref="PromptOptions.MaxAttempts"/> wrong answers the prompt says
/// so, cancels every dialog (its parents' included) and the turn ends Cancelled with <see cref="PromptGaveUp"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    protected Prompt(string id, ITextLocalizer localizer, PromptValidator<T>? validator = null)
        : base(id)
    {
        Localizer = localizer ?? throw new ArgumentNullException(nameof(localizer));
        Validator = validator;
    }

    protected ITextLocalizer Localizer { get; }

    protected PromptValidator<T>? Validator { get; }

    /// <summary>The text used when the custom validator rejects an answer without a message; null repeats only the question.</summary>
    protected virtual string? DefaultFailureKey => null;

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"The prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[AttemptCountKey] = 0;
        await SendPromptAsync(dc.Context, promptOptions, isRetry: false, failureText: null, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }
        var instance = dc.ActiveDialog!;
        var options = OptionsOf(instance);
        var locale = Locales.Resolve(turn.Activity.Locale);
        var attempt = StateValues.Get<int>(instance.State, AttemptCountKey) + 1;
        instance.State[AttemptCountKey] = attempt;

        var recognized = await OnRecognizeAsync(turn, options, locale, cancellationToken);
        string? failure;
        if (recognized.Succeeded)
        {
            var validation = new PromptValidatorContext<T>(turn, recognized, options, attempt, locale);
            if (Validator is null || await Validator(validation, cancellationToken))
            {
                return await dc.EndDialogAsync(recognized.Value, cancellationToken);
            }
            failure = validation.FailureMessage
                ?? (DefaultFailureKey is { } key ? Localizer.Get(locale, key) : null);
        }
        else
        {
            var key = recognized.FailureKey ?? DefaultFailureKey;
            failure = key is null ? null : Localizer.Get(locale, key, recognized.FailureArgs);
        }

        if (options.MaxAttempts > 0 && attempt >= options.MaxAttempts)
        {
            await turn.SendActivityAsync(MessageFactory.Text(Localizer.Get(locale, DialogTextKeys.TooManyAttempts)), cancellationToken);
            return await dc.CancelAllDialogsAsync(cancelParents: true, PromptGaveUp.Instance, cancellationToken);
        }
        if (options.HelpAfterAttempts > 0 && attempt >= options.HelpAfterAttempts && !string.IsNullOrWhiteSpace(options.HelpText))
        {
            failure = string.IsNullOrEmpty(failure) ? options.HelpText : failure + "\n" + options.HelpText;
        }
        await SendPromptAsync(turn, options, isRetry: true, failure, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>Asks the original question again (after help, or when a parent resumes).</summary>
    public override Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, OptionsOf(instance), isRetry: false, failureText: null, cancellationToken);

    public override string? GetHelpText(ITurnContext turnContext, DialogInstance instance) => OptionsOf(instance).HelpText;

    public override bool ClaimsAnswer(ITurnContext turnContext, DialogInstance instance) => ClaimsAnswer(turnContext, OptionsOf(instance));

    /// <summary>Whether the message is one of this prompt's own answers (<see cref="Dialog.ClaimsAnswer"/>); none by default.</summary>
    protected virtual bool ClaimsAnswer(ITurnContext turnContext, PromptOptions options) => false;

    /// <summary>Reads the answer in the incoming activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken);

    /// <summary>Buttons offered with the question (choices, yes/no); none by default.</summary>
    protected virtual IList<CardAction> GetSuggestedActions(PromptOptions options, string locale) => [];

    /// <summary>
    /// Sends the question: the first time as given; after a wrong answer, the text saying what was wrong
    /// followed by the retry prompt (or the question) in the same message.
    /// </summary>
    protected virtual async Task SendPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, string? failureText, CancellationToken cancellationToken)
    {
        var locale = Locales.Resolve(turnContext.Activity.Locale);
        var question = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        var activity = question.ToActivity();
        if (!string.IsNullOrEmpty(failureText))
        {
            activity.Text = string.IsNullOrEmpty(activity.Text) ? failureText : failureText + "\n" + activity.Text;
        }
        var actions = GetSuggestedActions(options, locale);
        if (actions.Count > 0)
        {
            activity.SuggestedActions ??= new SuggestedActions();
            activity.SuggestedActions.Actions = [.. activity.SuggestedActions.Actions ?? [], .. actions];
        }
        activity.InputHint = InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>The text of the answer, or an empty string.</summary>
    protected static string AnswerText(ITurnContext turnContext) => turnContext.Activity.Text ?? string.Empty;

    private static PromptOptions OptionsOf(DialogInstance instance) =>
        StateValues.GetOrAdd(instance.State, OptionsKey, () => new PromptOptions());
}
