using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A component dialog that handles the global words before its dialogs see the message (the
/// "CancelAndHelpDialog" of the Bot Framework samples), so no flow has to:
/// <list type="bullet">
/// <item>cancel ("取消", "cancel"): every dialog is cancelled, the user is told (<c>dialog.cancelled</c>),
/// the turn ends Cancelled with <see cref="Interruption.Cancel"/>;</item>
/// <item>help ("帮助", "?"): the current step's help (a prompt's HelpText, else <c>dialog.help.default</c>),
/// then the question again; the step is kept and no attempt is counted;</item>
/// <item>restart ("重新开始", "restart"): every dialog is cancelled, the whole conversation state is cleared
/// and saved, the user is told (<c>dialog.restarted</c>), the turn ends Cancelled with <see cref="Interruption.Restart"/>.</item>
/// </list>
/// Only messages that continue a dialog are checked: beginning the dialog is the bot's decision.
/// </summary>
public class InterruptibleDialog : ComponentDialog
{
    private readonly ConversationStore _conversationState;

    public InterruptibleDialog(
        string id,
        ITextLocalizer localizer,
        ConversationStore conversationState,
        IReadOnlyDictionary<string, InterruptionPhrases>? phrases = null)
        : base(id)
    {
        Localizer = localizer ?? throw new ArgumentNullException(nameof(localizer));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        Phrases = phrases ?? InterruptionPhrases.Defaults;
    }

    protected ITextLocalizer Localizer { get; }

    /// <summary>The phrases by locale; a locale missing here uses <see cref="InterruptionPhrases.Defaults"/>.</summary>
    public IReadOnlyDictionary<string, InterruptionPhrases> Phrases { get; }

    /// <summary>What the incoming message asks for, if it is one of the global words of the user's locale.</summary>
    public Interruption RecognizeInterruption(ITurnContext turnContext)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return Interruption.None;
        }
        var locale = Locales.Resolve(turnContext.Activity.Locale);
        var phrases = Phrases.GetValueOrDefault(locale) ?? InterruptionPhrases.Defaults[locale];
        return phrases.Match(turnContext.Activity.Text);
    }

    public bool IsInterruption(ITurnContext turnContext, Interruption interruption) =>
        RecognizeInterruption(turnContext) == interruption;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var interruption = RecognizeInterruption(innerDc.Context);
        // A global word that the current step offers as one of its answers is that answer ("退出" a team).
        if (interruption != Interruption.None && innerDc.ActiveDialog is { } active
            && innerDc.FindDialog(active.Id)?.ClaimsAnswer(innerDc.Context, active) == true)
        {
            interruption = Interruption.None;
        }
        switch (interruption)
        {
            case Interruption.Cancel:
                return await OnCancelAsync(innerDc, cancellationToken);
            case Interruption.Help:
                await OnHelpAsync(innerDc, cancellationToken);
                return EndOfTurn;
            case Interruption.Restart:
                return await OnRestartAsync(innerDc, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    protected virtual async Task<DialogTurnResult> OnCancelAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancelParents: true, Interruption.Cancel, cancellationToken);
        await SayAsync(innerDc.Context, DialogTextKeys.Cancelled, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled, Interruption.Cancel);
    }

    protected virtual async Task OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var help = innerDc.ActiveDialog is { } active ? innerDc.FindDialog(active.Id)?.GetHelpText(turn, active) : null;
        if (string.IsNullOrWhiteSpace(help))
        {
            await SayAsync(turn, DialogTextKeys.HelpDefault, cancellationToken);
        }
        else
        {
            await turn.SendActivityAsync(MessageFactory.Text(help), cancellationToken);
        }
        await innerDc.RepromptDialogAsync(cancellationToken);
    }

    protected virtual async Task<DialogTurnResult> OnRestartAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        await innerDc.CancelAllDialogsAsync(cancelParents: true, Interruption.Restart, cancellationToken);
        await _conversationState.ClearStateAsync(turn, cancellationToken);
        await _conversationState.SaveChangesAsync(turn, force: true, cancellationToken);
        await SayAsync(turn, DialogTextKeys.Restarted, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled, Interruption.Restart);
    }

    private Task SayAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(
            MessageFactory.Text(Localizer.Get(Locales.Resolve(turnContext.Activity.Locale), key)), cancellationToken);
}
