using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Knowledge;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Relay;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Safety;

/// <summary>
/// What the main dialog asks before anything else. At any step of any flow (<see cref="InterruptAsync"/>): an
/// emergency gets "call 119/120/110 now" as the turn's first reply, then the offer of an urgent ticket; then
/// the relay (转人工) takes the messages that are its own. At rest (<see cref="RouteAsync"/>) also: an
/// administrator's knowledge reload, 转人工, a complaint about staff, a report about another firm, and a
/// question (or a power cut) the knowledge base answers.
/// </summary>
public sealed class SafetyRouter(
    EmergencyDetector emergencies,
    SafetyWords words,
    WordLists vocabulary,
    KnowledgeBase knowledge,
    RelayDesk relay,
    ITextLocalizer texts,
    EmergencyDialog emergencyDialog,
    KnowledgeAnswerDialog knowledgeDialog,
    RelayRequestDialog relayRequestDialog,
    RelayMissedDialog relayMissedDialog,
    ILogger<SafetyRouter> logger)
{
    // Intents whose phrases also catch questions and problem statements ("找谁", "停电"): the knowledge base
    // is asked first. A message this short is a menu word, never a question for it.
    private static readonly HashSet<Intent> KnowledgeFirst = [Intent.None, Intent.FileIssue, Intent.FindLiaison];
    private const int MenuWordLength = 4;

    /// <summary>The dialogs this begins; the main dialog adds them to its set.</summary>
    public IEnumerable<Dialog> Dialogs => [emergencyDialog, knowledgeDialog, relayRequestDialog, relayMissedDialog];

    /// <summary>Inside a flow: an emergency replaces it; the relay's messages are the relay's. Null: the flow goes on.</summary>
    public async Task<DialogTurnResult?> InterruptAsync(DialogContext dc, CancellationToken ct)
    {
        var text = dc.Context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (emergencies.Detect(text) is { } emergency)
        {
            await SayCallNowAsync(dc.Context, emergency, ct);
            await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken: ct);
            return await dc.BeginDialogAsync(nameof(EmergencyDialog), text.Trim(), ct);
        }
        return await relay.HandleAsync(dc, inFlow: true, ct);
    }

    /// <summary>At rest, with the intent the phrases found. Null: the main dialog routes the intent.</summary>
    public async Task<DialogTurnResult?> RouteAsync(WaterfallStepContext step, Intent intent, CancellationToken ct)
    {
        var turn = step.Context;
        var text = turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var locale = Locales.Resolve(turn.Activity.Locale);
        if (emergencies.Detect(text) is { } emergency)
        {
            await SayCallNowAsync(turn, emergency, ct);
            return await step.BeginDialogAsync(nameof(EmergencyDialog), text, ct);
        }
        if (await relay.HandleAsync(step, inFlow: false, ct) is { } relayed)
        {
            // Handled without a dialog of its own: the main flow ends here, ready for the next message.
            return ReferenceEquals(relayed, RelayDesk.Handled) ? await step.EndDialogAsync(cancellationToken: ct) : relayed;
        }
        if (words.Matches(SafetyWords.KnowledgeReload, text) && OfficerOnTurn.Get(turn) is { Role: OfficerRole.Admin })
        {
            await ReloadKnowledgeAsync(turn, locale, ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (words.Matches(SafetyWords.Person, text))
        {
            return await step.BeginDialogAsync(nameof(RelayRequestDialog), cancellationToken: ct);
        }
        if (words.Matches(SafetyWords.Complaint, text))
        {
            logger.LogInformation("A complaint about staff: routed to the community secretary");
            return await step.BeginDialogAsync(nameof(FileIssueDialog), new TicketSeed
            {
                Category = TicketCategory.Other,
                FirstMessage = text,
                Routing = TicketRouting.Complaint,
            }, ct);
        }
        if (words.Matches(SafetyWords.Report, text))
        {
            return await step.BeginDialogAsync(nameof(FileIssueDialog), new TicketSeed
            {
                ProposedCategory = vocabulary.ProposeCategory(text, locale),
                FirstMessage = text,
                Routing = TicketRouting.Report,
            }, ct);
        }
        if (KnowledgeFirst.Contains(intent) && TextNormalizer.Normalize(text).Length > MenuWordLength && !words.Matches(SafetyWords.LiaisonWords, text)
            && knowledge.Answer(text, words.IsQuestion(text)) is not null)
        {
            return await step.BeginDialogAsync(nameof(KnowledgeAnswerDialog), text, ct);
        }
        return null;
    }

    /// <summary>One short line, the turn's first: which number to call now.</summary>
    private async Task SayCallNowAsync(ITurnContext turn, Emergency emergency, CancellationToken ct)
    {
        var locale = Locales.Resolve(turn.Activity.Locale);
        var calls = string.Join(texts.Get(locale, "safety.call.joiner"), emergency.Calls.Select(call => texts.Get(locale, "safety.call." + call)));
        logger.LogWarning("Emergency reported ({Kinds}): told to call {Calls}", string.Join(",", emergency.Kinds), string.Join(",", emergency.Calls));
        await turn.SendActivityAsync(MessageFactory.Text(texts.Get(locale, "safety.emergency.call", calls)), ct);
    }

    private async Task ReloadKnowledgeAsync(ITurnContext turn, string locale, CancellationToken ct)
    {
        var load = knowledge.Reload();
        var text = texts.Get(locale, "knowledge.reloaded", load.Entries.Count);
        if (load.Problems.Count > 0)
        {
            text += "\n" + texts.Get(locale, "knowledge.problems", string.Join("\n", load.Problems));
        }
        await turn.SendActivityAsync(MessageFactory.Text(text), ct);
    }
}
