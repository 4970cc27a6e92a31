using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>What a user adds to a ticket (补充): words, photos, or both in one message.</summary>
public sealed class NoteAnswer
{
    public string? Note { get; set; }

    public List<PhotoReference> Photos { get; set; } = [];
}

/// <summary>Asks for a note that may be text, photos or both; at most 1000 characters of text.</summary>
public sealed class NotePrompt(string id, ITextLocalizer texts) : Prompt<NoteAnswer>(id, texts)
{
    private const int MaxLength = 1000;

    protected override Task<PromptRecognizerResult<NoteAnswer>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var note = AnswerText(turnContext).Trim();
        var photos = PhotoPrompt.PhotosOf(turnContext.Activity);
        return Task.FromResult(
            note.Length == 0 && photos.Count == 0 ? PromptRecognizerResult<NoteAnswer>.Failure(DialogTextKeys.TextEmpty)
            : note.Length > MaxLength ? PromptRecognizerResult<NoteAnswer>.Failure(DialogTextKeys.TextTooLong, MaxLength)
            : PromptRecognizerResult<NoteAnswer>.Success(new NoteAnswer { Note = note.Length == 0 ? null : note, Photos = photos }));
    }
}
