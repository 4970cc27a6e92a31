using System.Text.RegularExpressions;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Turns;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// 绑定 &lt;code&gt;: an officer binds this chat with the one-time code an administrator gave them. The
/// options are the message that started it: a code in it is used at once, otherwise it is asked for.
/// A wrong, used or expired code gets one answer, so a guesser learns nothing (see <see cref="OfficerBinding"/>).
/// </summary>
public sealed class BindDialog : ComponentDialog
{
    private const string Steps = "bind.steps";
    private const string CodePrompt = "bind.code";

    private readonly ITextLocalizer _texts;
    private readonly OfficerBinding _binding;
    private readonly Menu _menu;
    private readonly Regex _bindCommand;

    public BindDialog(ITextLocalizer texts, OfficerBinding binding, Menu menu, WordLists words)
        : base(nameof(BindDialog))
    {
        _texts = texts;
        _binding = binding;
        _menu = menu;
        // The bind word (bind.command in Vocabulary), an optional colon, then the code.
        _bindCommand = new Regex($@"^(?:{words.Alternation("bind.command")})\s*[:：]?\s*(?<code>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        AddDialog(new TextPrompt(CodePrompt, texts, maxLength: 40));
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, BindStepAsync]));
        InitialDialogId = Steps;
    }

    /// <summary>The code in a message of the bind word and a code (ABCDE-FGHJK); null when there is none.</summary>
    public string? CodeIn(string? message) =>
        _bindCommand.Match(message?.Trim() ?? string.Empty) is { Success: true } match && BindCode.Normalize(match.Groups["code"].Value).Length > 0
            ? match.Groups["code"].Value.Trim()
            : null;

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (CodeIn(step.Options as string) is { } code)
        {
            return await step.NextAsync(code, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(CodePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "bind.ask")),
            HelpText = _texts.Get(locale, "bind.ask.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> BindStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        var locale = Locales.Resolve(turn.Activity.Locale);
        var user = ChatUser.Of(turn);
        var result = await _binding.BindAsync(user.ChannelId, user.UserId, (string)step.Result!, ConversationReferences.Of(turn), ClientAddress.Of(turn), ct);
        var text = result.Outcome switch
        {
            BindOutcome.Bound => _texts.Get(locale, "bind.bound", result.Officer!.Name, _texts.Get(locale, "role." + result.Officer.Role.Code))
                + (result.PendingAlerts > 0 ? "\n" + _texts.Get(locale, "bind.pending", result.PendingAlerts) : string.Empty),
            BindOutcome.AlreadyBound => _texts.Get(locale, "bind.already", result.Officer!.Name),
            BindOutcome.LockedOut => _texts.Get(locale, "bind.lockedOut", ZoneDates.Format(result.LockedUntil!.Value, locale)),
            _ => _texts.Get(locale, "bind.invalid"),
        };
        if (result.Outcome == BindOutcome.Bound)
        {
            OfficerOnTurn.Set(turn, result.Officer);
        }
        await turn.SendActivityAsync(_menu.Create(turn, text), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
