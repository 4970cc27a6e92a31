using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>Asks for photos: the attachments of the answer, or none when the user skips ("没有", "跳过") or says there is none ("没有照片", "没拍").</summary>
public sealed class PhotoPrompt(string id, ITextLocalizer texts, WordLists words) : Prompt<List<PhotoReference>>(id, texts)
{
    protected override Task<PromptRecognizerResult<List<PhotoReference>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var photos = PhotosOf(turnContext.Activity);
        if (photos.Count > 0 || words.IsNoPhoto(turnContext.Activity.Text, locale))
        {
            return Task.FromResult(PromptRecognizerResult<List<PhotoReference>>.Success(photos));
        }
        return Task.FromResult(PromptRecognizerResult<List<PhotoReference>>.Failure("fileIssue.photos.invalid"));
    }

    /// <summary>The attachments of an activity that point somewhere, as references.</summary>
    public static List<PhotoReference> PhotosOf(IActivity activity) =>
        [.. (activity.AsMessageActivity()?.Attachments ?? [])
            .Where(attachment => !string.IsNullOrEmpty(attachment.ContentUrl))
            .Select(attachment => new PhotoReference
            {
                Name = attachment.Name ?? Path.GetFileName(attachment.ContentUrl),
                ContentType = attachment.ContentType ?? "application/octet-stream",
                Url = attachment.ContentUrl,
            })];
}
