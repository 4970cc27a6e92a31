using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

public static class DialogExtensions
{
    /// <summary>
    /// Runs a root dialog for one turn: continues the conversation's active dialog, or begins
    /// <paramref name="dialog"/> when none is active. The caller saves the conversation state afterwards.
    /// </summary>
    /// <returns>Empty, Waiting, Complete (with the dialog's result) or Cancelled (see <see cref="PromptGaveUp"/>, <see cref="Interruption"/>).</returns>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogs = new DialogSet(accessor).Add(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
