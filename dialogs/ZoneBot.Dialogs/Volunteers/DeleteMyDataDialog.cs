using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// 删除我的信息: after one confirmation, every team this chat user joined is left and the person's
/// record (name, phone, employer) is deleted from the database, not flagged.
/// </summary>
public sealed class DeleteMyDataDialog : ComponentDialog
{
    private const string ConfirmDeletePrompt = "deleteMyData.confirm";
    private const string Steps = "deleteMyData.steps";

    private readonly ITextLocalizer _texts;
    private readonly VolunteerMemberships _memberships;

    public DeleteMyDataDialog(ITextLocalizer texts, VolunteerMemberships memberships)
        : base(nameof(DeleteMyDataDialog))
    {
        _texts = texts;
        _memberships = memberships;
        AddDialog(new ConfirmPrompt(ConfirmDeletePrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [ConfirmStepAsync, DeleteStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var memberships = await _memberships.OfChatUserAsync(user.ChannelId, user.UserId, ct);
        if (memberships.Count == 0)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "deleteData.none"), cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
        var teams = string.Join(_texts.Get(locale, "volunteer.availability.separator"), memberships.Select(m => m.TeamName).Distinct());
        return await step.PromptAsync(ConfirmDeletePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "deleteData.confirm", teams)),
            HelpText = _texts.Get(locale, "deleteData.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "deleteData.kept"), cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
        var user = ChatUser.Of(step.Context);
        var left = await _memberships.DeleteAllAsync(user.ChannelId, user.UserId, step.Context.Activity.Conversation?.Id, ct);
        await step.Context.SendActivityAsync(_texts.Get(locale, "deleteData.done", left), cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    }
}
