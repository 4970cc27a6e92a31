using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack, kept in its instance state, starting with
/// <see cref="InitialDialogId"/>, and ends with the result of the last inner dialog.
/// Subclasses can intercept every turn in <see cref="OnContinueDialogAsync"/> (see <see cref="InterruptibleDialog"/>).
/// </summary>
public class ComponentDialog : Dialog
{
    internal const string InnerStackKey = "dialogs";

    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog to begin with; the first dialog added unless set.</summary>
    public string? InitialDialogId { get; set; }

    public DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var innerDc = CreateInnerContext(dc, instance);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var innerDc = CreateInnerContext(dc, instance);
        var result = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, result, cancellationToken);
    }

    /// <summary>
    /// An outer dialog that this component started (through the outer context) has ended:
    /// the inner dialog asks its question again and waits.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        CreateInnerContext(turnContext, instance).RepromptDialogAsync(cancellationToken);

    /// <summary>When the component is cancelled, so is everything on its inner stack.</summary>
    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(turnContext, instance).CancelAllDialogsAsync(cancelParents: false, null, cancellationToken);
        }
    }

    /// <summary>The help of the innermost active dialog.</summary>
    public override string? GetHelpText(ITurnContext turnContext, DialogInstance instance)
    {
        var inner = CreateInnerContext(turnContext, instance);
        return inner.ActiveDialog is { } active ? inner.FindDialog(active.Id)?.GetHelpText(turnContext, active) : null;
    }

    /// <summary>Whether the innermost active dialog claims the message as its answer.</summary>
    public override bool ClaimsAnswer(ITurnContext turnContext, DialogInstance instance)
    {
        var inner = CreateInnerContext(turnContext, instance);
        return inner.ActiveDialog is { } active && inner.FindDialog(active.Id)?.ClaimsAnswer(turnContext, active) == true;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId
            ?? throw new InvalidOperationException($"The component dialog '{Id}' has no dialogs to begin with.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner stack is done: end the component, resuming the outer dialog with the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(
        DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    /// <summary>The context of this component's inner stack, nested in <paramref name="outerDc"/>.</summary>
    protected DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance)
    {
        var inner = CreateInnerContext(outerDc.Context, instance);
        inner.Parent = outerDc;
        return inner;
    }

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, StateValues.GetOrAdd(instance.State, InnerStackKey, () => new DialogState()));

    private async Task<DialogTurnResult> AfterInnerTurnAsync(
        DialogContext outerDc, DialogInstance instance, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        if (inner.Status == DialogTurnStatus.Waiting)
        {
            return inner;
        }
        // A cancel that reached past the inner stack (cancelParents) has already removed this component.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            return inner;
        }
        return await EndComponentAsync(outerDc, inner.Result, cancellationToken);
    }
}
