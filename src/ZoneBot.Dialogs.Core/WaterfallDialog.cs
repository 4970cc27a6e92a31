using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A fixed sequence of steps. Each step usually starts a prompt or a child dialog and returns its turn
/// result; the next step runs with the child's result when the child ends.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    internal const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps = steps?.ToList() ?? [];
    }

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = Instance(dc).State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>The user answered a step that did not start a child dialog: the next step gets the text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = StateValues.Get<int>(Instance(dc).State, StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs the step at <paramref name="index"/>; past the last step the waterfall ends with <paramref name="result"/>.</summary>
    protected virtual async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }
        var state = Instance(dc).State;
        state[StepIndexKey] = index;
        var values = StateValues.GetOrAdd(state, ValuesKey, () => new Dictionary<string, object?>());
        var step = new WaterfallStepContext(this, dc, index, reason, state.GetValueOrDefault(OptionsKey), result, values);
        return await _steps[index](step, cancellationToken);
    }

    private DialogInstance Instance(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"The waterfall '{Id}' is not the active dialog.");
}
