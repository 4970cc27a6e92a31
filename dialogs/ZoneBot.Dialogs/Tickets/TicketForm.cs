using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Understanding.Recognizers;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// The questions of 报事, asked one at a time until the <see cref="TicketDraft"/> is complete: each turn
/// asks the first field still missing and stores the answer, so 修改 can clear one field and the same
/// loop asks just that one again. Every answer is also read for the other fields still empty
/// ("王经理 13812345678" at the name question gives the phone too), which are then not asked.
/// A question is never given up on: after two misses it says how to answer, and the draft stays.
/// Begin it with a draft; it ends with the completed draft.
/// </summary>
public sealed class TicketForm : ComponentDialog
{
    /// <summary>What 修改 offers, in the order of the summary.</summary>
    public static readonly IReadOnlyList<TicketField> EditableFields =
        [TicketField.Category, TicketField.Description, TicketField.Location, TicketField.Urgency, TicketField.Photos, TicketField.Contact, TicketField.VisitTime];

    private const string Steps = "ticketForm.steps";
    private const string TextAnswer = "ticketForm.text";
    private const string NameAnswer = "ticketForm.name";
    private const string DescriptionAnswer = "ticketForm.description";
    private const string ChoiceAnswer = "ticketForm.choice";
    private const string ConfirmAnswer = "ticketForm.confirm";
    private const string PhotoAnswer = "ticketForm.photos";
    private const string PhoneAnswer = "ticketForm.phone";
    private const string TimeAnswer = "ticketForm.time";
    public const int MinDescription = 10;
    private const int MaxDescription = 1000;

    private readonly ITextLocalizer _texts;
    private readonly WordLists _words;
    private readonly TicketFiling _tickets;
    private readonly MessageReader _reader;

    public TicketForm(
        ITextLocalizer texts, WordLists words, TicketFiling tickets, TimeProvider time, MessageReader reader, IChoiceWords choiceWords,
        ContactRecognizer contacts, PersonNameRecognizer names, VisitTimeRecognizer visits)
        : base(nameof(TicketForm))
    {
        _texts = texts;
        _words = words;
        _tickets = tickets;
        _reader = reader;
        AddDialog(new TextPrompt(TextAnswer, texts, minLength: 1, maxLength: 200));
        AddDialog(new ContactNamePrompt(NameAnswer, texts, contacts, names));
        AddDialog(new TextPrompt(DescriptionAnswer, texts, ValidateDescriptionAsync, maxLength: MaxDescription));
        AddDialog(new ChoicePrompt(ChoiceAnswer, texts, words: choiceWords));
        AddDialog(new ConfirmPrompt(ConfirmAnswer, texts));
        AddDialog(new PhotoPrompt(PhotoAnswer, texts, words));
        AddDialog(new PhonePrompt(PhoneAnswer, texts, PhoneFinder.Digits));
        AddDialog(new VisitTimePrompt(TimeAnswer, texts, words, visits, time));
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, StoreStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = StateValues.To<TicketDraft>(step.Options)!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        string Text(string key, params object?[] args) => _texts.Get(locale, key, args);
        PromptOptions Ask(string key, params object?[] args) =>
            new() { Prompt = new PromptQuestion(Text(key, args)), HelpText = Text(key + ".help"), MaxAttempts = 0, HelpAfterAttempts = 2 };

        switch (draft.NextField())
        {
            case null:
                return await step.EndDialogAsync(draft, ct);
            case TicketField.Category when draft.ProposedCategory is { } proposed:
                return await step.PromptAsync(ConfirmAnswer, Ask("fileIssue.category.propose", Text("category." + proposed.Code)), ct);
            case TicketField.Category:
                var categories = Ask("fileIssue.category");
                categories.Choices = [.. Enum.GetValues<TicketCategory>().Select(category =>
                    new Choice(Text("category." + category.Code), category.ChineseName) { Words = [ChoiceWordLists.Entities("category." + category.Code)] })];
                return await step.PromptAsync(ChoiceAnswer, categories, ct);
            case TicketField.Description:
                var description = draft.FirstMessage is { } first ? Ask("fileIssue.description.more", first) : Ask("fileIssue.description");
                description.Validations = draft.FirstMessage;
                return await step.PromptAsync(DescriptionAnswer, description, ct);
            case TicketField.Location:
                return await step.PromptAsync(TextAnswer, Ask("fileIssue.location"), ct);
            case TicketField.Urgency:
                var urgency = Ask("fileIssue.urgency");
                urgency.Choices =
                [
                    new(Text("urgency.normal"), Urgency.Normal.ChineseName, Urgency.Normal.Code) { Words = [ChoiceWordLists.Entities("urgency.normal")] },
                    new(Text("urgency.urgent"), Urgency.Urgent.ChineseName, Urgency.Urgent.Code) { Words = [ChoiceWordLists.Entities("urgency.urgent")] },
                ];
                return await step.PromptAsync(ChoiceAnswer, urgency, ct);
            case TicketField.Photos:
                return await step.PromptAsync(PhotoAnswer, Ask("fileIssue.photos"), ct);
            case TicketField.Contact when !draft.LastContactOffered && draft.ContactPhone is null && await LastContactAsync(step.Context, ct) is { } last:
                step.Values["offered"] = last;
                return await step.PromptAsync(ConfirmAnswer, Ask("fileIssue.contact.reuse", last.Name, last.Phone), ct);
            case TicketField.Contact:
                return await step.PromptAsync(NameAnswer, Ask("fileIssue.contact.name"), ct);
            case TicketField.ContactPhone:
                return await step.PromptAsync(PhoneAnswer, Ask("fileIssue.contact.phone"), ct);
            default:
                return await step.PromptAsync(TimeAnswer, Ask("fileIssue.visitTime"), ct);
        }
    }

    private async Task<DialogTurnResult> StoreStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        // The draft is kept once, as the options the form was begun (or replaced) with: each answer replaces the form.
        var draft = StateValues.To<TicketDraft>(step.Options)!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var answer = step.Result;
        switch (draft.NextField())
        {
            case TicketField.Category when draft.ProposedCategory is { } proposed:
                // Declined: the next round lists every category.
                draft.Category = answer is true ? proposed : null;
                draft.ProposedCategory = answer is true ? proposed : null;
                break;
            case TicketField.Category:
                draft.Category = Enum.GetValues<TicketCategory>()[((FoundChoice)answer!).Index];
                break;
            case TicketField.Description:
                draft.Description = CombinedDescription(draft.FirstMessage, (string)answer!, locale);
                break;
            case TicketField.Location:
                draft.Location = _words.IsSkip((string)answer!, locale) ? null : (string)answer!;
                draft.LocationAsked = true;
                break;
            case TicketField.Urgency:
                draft.Urgency = ((FoundChoice)answer!).Index == 0 ? Urgency.Normal : Urgency.Urgent;
                break;
            case TicketField.Photos:
                draft.Photos = StateValues.To<List<PhotoReference>>(answer) ?? [];
                draft.PhotosAsked = true;
                break;
            case TicketField.Contact when answer is bool reuse:
                draft.LastContactOffered = true;
                if (reuse && step.GetValue<TicketContact>("offered") is { } offered)
                {
                    (draft.ContactName, draft.ContactPhone) = (offered.Name, offered.Phone);
                }
                break;
            case TicketField.Contact:
                draft.ContactName = (string)answer!;
                draft.LastContactOffered = true;
                break;
            case TicketField.ContactPhone:
                draft.ContactPhone = (string)answer!;
                break;
            case TicketField.VisitTime:
                var visit = StateValues.To<VisitAnswer>(answer) ?? new VisitAnswer();
                (draft.PreferredVisitAt, draft.VisitWish, draft.VisitTimeAsked) = (visit.At, visit.Wish, true);
                break;
        }
        // The answer was for one field; whatever else it says fills the fields still empty (read for those only).
        TicketDraftFacts.Fill(draft, await _reader.ReadAsync(step.Context.Activity.Text, locale, TicketDraftFacts.Wanted(draft), ct));
        return await step.ReplaceDialogAsync(Steps, draft, ct);
    }

    private async Task<TicketContact?> LastContactAsync(ITurnContext turn, CancellationToken ct)
    {
        var user = ChatUser.Of(turn);
        return await _tickets.LastContactAsync(user.ChannelId, user.UserId, ct);
    }

    /// <summary>The first message ("消防通道被堵了") starts the description; "没有" adds nothing to it.</summary>
    private string CombinedDescription(string? first, string answer, string locale) =>
        first is null ? answer
        : _words.IsSkip(answer, locale) ? first
        : first + _texts.Get(locale, "fileIssue.description.joiner") + answer;

    private Task<bool> ValidateDescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var first = StateValues.To<string>(prompt.Options.Validations);
        var description = CombinedDescription(first, prompt.Recognized.Value!, prompt.Locale);
        if (description.Length < MinDescription)
        {
            return Task.FromResult(prompt.Fail(_texts.Get(prompt.Locale, "prompt.text.tooShort", MinDescription)));
        }
        return Task.FromResult(description.Length <= MaxDescription || prompt.Fail(_texts.Get(prompt.Locale, "prompt.text.tooLong", MaxDescription)));
    }
}
