using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>The dialogs that can be started by id from one stack: a bot's root set, or a component's own set.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>A root set, whose stack lives in the given conversation state property.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set without storage of its own, as a component dialog keeps (its stack is in its instance state).</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in this set.");
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads the conversation's dialog stack and returns a context to drive it for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException(
                "This DialogSet has no state property: create it with an IStatePropertyAccessor<DialogState>.");
        }
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
