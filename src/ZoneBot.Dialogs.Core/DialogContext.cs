using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// One dialog stack during one turn: starts, continues, ends and cancels the dialogs on it.
/// A component dialog's inner context has the outer context as <see cref="Parent"/>.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        State = state ?? throw new ArgumentNullException(nameof(state));
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The saved stack this context drives.</summary>
    public DialogState State { get; }

    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the stack this one is nested in (the component's), if any.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>Finds a dialog by id in this set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of the dialog on the stack and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' was added to the dialog set.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        TurnTags.SetDialog(dialog);
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: the same as <see cref="BeginDialogAsync"/>, with the prompt's options.</summary>
    public Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the incoming activity to the active dialog; Empty when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        var dialog = GetDialog(instance);
        TurnTags.SetDialog(dialog);
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with the result (Complete when none is left).</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        return await GetDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another in its place; the dialog below is not resumed.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Cancels every dialog on this stack, and with <paramref name="cancelParents"/> on the stacks this one
    /// is nested in as well. Cancelled (with <paramref name="result"/>) when anything was cancelled, else Empty.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(
        bool cancelParents = false, object? result = null, CancellationToken cancellationToken = default)
    {
        var cancelledAny = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }
        if (cancelParents && Parent is not null)
        {
            var parentResult = await Parent.CancelAllDialogsAsync(cancelParents: true, result, cancellationToken);
            cancelledAny |= parentResult.Status == DialogTurnStatus.Cancelled;
        }
        return cancelledAny
            ? new DialogTurnResult(DialogTurnStatus.Cancelled, result)
            : new DialogTurnResult(DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is not null)
        {
            await GetDialog(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }
        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }
        // The dialog may have changed the stack while ending: remove this instance, wherever it is now.
        Stack.Remove(instance);
    }

    private Dialog GetDialog(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new InvalidOperationException(
            $"The dialog '{instance.Id}' on the stack is not in the dialog set: was it renamed or removed since the conversation began?");
}
