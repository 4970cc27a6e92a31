namespace ZoneBot.Dialogs.Core;

/// <summary>The context a waterfall step runs in: the dialog context, plus where the waterfall stands.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? options, object? result,
        Dictionary<string, object?> values)
        : base(dc.Dialogs, dc.Context, dc.State)
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Index = index;
        Reason = reason;
        Options = options;
        Result = result;
        Values = values;
    }

    /// <summary>The 0-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs: begun, continued by the user, resumed after a child dialog, or Next.</summary>
    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public object? Options { get; }

    /// <summary>The previous step's outcome: a child dialog's result, the user's text, or what NextAsync passed.</summary>
    public object? Result { get; }

    /// <summary>What the steps collect, kept across turns in the waterfall's instance state.</summary>
    public Dictionary<string, object?> Values { get; }

    /// <summary>A collected value as a <typeparamref name="T"/> (values read back from storage may be stored as another type).</summary>
    public T? GetValue<T>(string key) => StateValues.Get<T>(Values, key);

    /// <summary>Skips to the next step now, passing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
