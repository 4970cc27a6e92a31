using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// When the volunteer can help: the slots as buttons (工作日, 周末, 晚上, 都可以), or several at once in
/// their own words ("周末和晚上", "平时下班后"). Returns the normalised codes, e.g. "weekends,evenings".
/// </summary>
public sealed class AvailabilityPrompt(string id, ITextLocalizer localizer, AvailabilityReader reader) : Prompt<string>(id, localizer)
{
    public const string InvalidKey = "volunteer.availability.invalid";

    private static readonly string[] ButtonKeys =
        ["volunteer.availability.weekdays", "volunteer.availability.weekends", "volunteer.availability.evenings", "volunteer.availability.any"];

    protected override string? DefaultFailureKey => InvalidKey;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var slots = reader.Parse(AnswerText(turnContext), locale);
        return Task.FromResult(slots.Count == 0
            ? PromptRecognizerResult<string>.Failure(InvalidKey)
            : PromptRecognizerResult<string>.Success(Availability.ToCodes(slots)));
    }

    protected override IList<CardAction> GetSuggestedActions(PromptOptions options, string locale) =>
        [.. ButtonKeys.Select(key => Localizer.Get(locale, key)).Select(title => new CardAction(ActionTypes.ImBack, title, value: title))];

    /// <summary>The slots of stored codes in the user's language: "周末、晚上", "weekends, evenings".</summary>
    public static string Describe(ITextLocalizer texts, string locale, string codes) =>
        string.Join(texts.Get(locale, "volunteer.availability.separator"),
            Availability.FromCodes(codes).Select(slot => texts.Get(locale, "volunteer.availability." + slot.Code)));
}
