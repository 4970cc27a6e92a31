using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>The answers every officer action shares: not found, not allowed now.</summary>
public sealed class WorkflowTexts(ITextLocalizer texts)
{
    /// <summary>The answer for an outcome other than Done; null for Done (the caller words that).</summary>
    public string? Problem(WorkflowResult result, string number, string locale) => result.Outcome switch
    {
        WorkflowOutcome.Done => null,
        WorkflowOutcome.NotFound => texts.Get(locale, "officerTicket.notFound", number),
        WorkflowOutcome.NoSuchGrid => texts.Get(locale, "officer.transfer.noSuchGrid"),
        WorkflowOutcome.ExtensionConflict => texts.Get(locale, "officer.extension.conflict", number),
        _ => texts.Get(locale, "officer.notAllowed", number, texts.Get(locale, "stage." + result.Stage?.Code)),
    };
}
