using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZoneBot.DirectLine.Storage;
using ZoneBot.DirectLine.Turns;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>
/// Files sent with a message (photos for 报事): POST /conversations/{id}/upload takes Direct Line's multipart form
/// (the activity as the part "activity", each file as a part "file"), keeps the files and hands the bot a message
/// whose attachments point at them. GET /attachments/{id} serves a file back; the long random id is the key.
/// </summary>
public static class UploadEndpoints
{
    // Shown in the page; anything else is only ever downloaded, so that an uploaded page or script never runs here.
    private static readonly HashSet<string> InlineTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public static async Task<IResult> UploadAsync(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineAttachments files, DirectLineTurns turns,
        DirectLinePublicAddress address, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxUploadBytes)
        {
            return DirectLineRequest.TooLarge(limits.MaxUploadBytes);
        }
        if (!request.HasFormContentType)
        {
            return BadUpload("An upload is a multipart/form-data body.");
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxUploadBytes;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxUploadBytes }, ct);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return DirectLineRequest.TooLarge(limits.MaxUploadBytes);
        }
        catch (InvalidDataException exception)
        {
            return exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? DirectLineRequest.TooLarge(limits.MaxUploadBytes)
                : BadUpload("The multipart body could not be read.");
        }

        var uploads = form.Files.GetFiles("file");
        if (uploads.Count == 0 || uploads.Count > limits.MaxFilesPerUpload)
        {
            return BadUpload($"An upload carries 1 to {limits.MaxFilesPerUpload} parts named \"file\".");
        }
        var activity = await ActivityPartAsync(form, ct);
        if (activity is null)
        {
            return BadUpload("The part \"activity\" must be a message activity (JSON).");
        }
        if (await conversations.FindAsync(conversationId, ct) is not { } conversation)
        {
            return DirectLineRequest.Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation does not exist (any more).");
        }

        var attachments = OwnOrInline(activity.Attachments, address) ?? [];
        foreach (var upload in uploads)
        {
            var stored = new StoredAttachment
            {
                Id = DirectLineChannel.NewAttachmentId(),
                ConversationId = conversationId,
                Name = NameOf(upload),
                ContentType = ContentTypeOf(upload),
                Content = await ReadAllAsync(upload, ct),
            };
            await files.StoreAsync(stored, ct);
            attachments.Add(new Attachment(stored.ContentType, address.AttachmentUrl(stored.Id), name: stored.Name));
        }
        activity.Attachments = attachments;
        return Results.Json(new { id = await turns.PostAsync(conversation, activity, address.ServiceUrl) });
    }

    public static async Task<IResult> DownloadAsync(string attachmentId, HttpResponse response, DirectLineAttachments files, CancellationToken ct)
    {
        if (attachmentId.Length > 64 || await files.FindAsync(attachmentId, ct) is not { } file)
        {
            return DirectLineRequest.Error(StatusCodes.Status404NotFound, "NotFound", "No such file.");
        }
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        response.Headers[HeaderNames.CacheControl] = "private, max-age=86400";
        return InlineTypes.Contains(file.ContentType)
            ? Results.File(file.Content, file.ContentType)
            : Results.File(file.Content, "application/octet-stream", file.Name);
    }

    /// <summary>
    /// The attachments a client may name itself: inline ones (no contentUrl) and files uploaded here. A link to
    /// anywhere else is dropped, so that a ticket's photo references only ever point at files this server keeps.
    /// </summary>
    public static List<Attachment>? OwnOrInline(IList<Attachment>? attachments, DirectLinePublicAddress address) =>
        attachments?.Where(attachment => string.IsNullOrEmpty(attachment.ContentUrl) || address.IsOwnAttachment(attachment.ContentUrl)).ToList();

    private static async Task<Activity?> ActivityPartAsync(IFormCollection form, CancellationToken ct)
    {
        if (form.Files.GetFile("activity") is not { } part)
        {
            return new Activity(ActivityTypes.Message);
        }
        if (part.Length > ActivityShape.MaxActivityBytes)
        {
            return null;
        }
        using var reader = new StreamReader(part.OpenReadStream());
        var activity = DirectLineEndpoints.ParseActivity(await reader.ReadToEndAsync(ct), out _);
        return activity?.Type == ActivityTypes.Message ? activity : null;
    }

    private static string NameOf(IFormFile upload)
    {
        var name = Path.GetFileName(upload.FileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "file" : name.Length > 100 ? name[^100..] : name;
    }

    private static string ContentTypeOf(IFormFile upload) =>
        MediaTypeHeaderValue.TryParse(upload.ContentType, out var type) && type.MediaType.Value is { Length: <= 100 } mediaType && mediaType.Contains('/')
            ? mediaType.ToLowerInvariant()
            : "application/octet-stream";

    private static async Task<byte[]> ReadAllAsync(IFormFile upload, CancellationToken ct)
    {
        using var content = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(content, ct);
        return content.ToArray();
    }

    private static IResult BadUpload(string message) => DirectLineRequest.Error(StatusCodes.Status400BadRequest, "BadArgument", message);
}
