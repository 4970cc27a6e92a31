using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A step of conversation that can span turns. Dialogs are stateless objects shared by every
/// conversation: whatever a dialog must remember goes into its <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The result of a dialog that waits for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; }

    /// <summary>Starts the dialog; its instance is already on top of the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user answered while this dialog was active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended. The default ends this one too, with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for what the dialog waits for (after help, for instance).</summary>
    public virtual Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The instance is about to leave the stack (ended, replaced or cancelled): clean up here.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>
    /// What this step means, in the user's words, for a user who asked for help; null when the dialog
    /// has nothing to say (the caller then gives a general help text).
    /// </summary>
    public virtual string? GetHelpText(ITurnContext turnContext, DialogInstance instance) => null;

    /// <summary>
    /// Whether the incoming message is this step's own answer even though it is also a global word:
    /// a choice named "退出" is picked, not taken for cancel. Checked before the interruptions.
    /// </summary>
    public virtual bool ClaimsAnswer(ITurnContext turnContext, DialogInstance instance) => false;
}
