using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.ObjectPool;
using Newtonsoft.Json;

namespace ZoneBot.Host.Bot;

/// <summary>
/// A turn's HTTP answer, as the SDK's <see cref="HttpHelper.WriteResponseAsync"/> writes it (the status, and an invoke's or
/// the expected replies' body in the Bot Framework's JSON), without what that cost per turn: indentation, and the JSON
/// made into a MemoryStream through a StreamWriter of its own. The JSON is written into a pooled text buffer and goes from
/// there as UTF-8 into the response's pipe.
/// </summary>
internal static class TurnResponse
{
    private static readonly JsonSerializer Serializer = Unindented(JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings));

    // Kept up to 64 K characters: the expected replies of a turn (a ticket's summary, a list of tickets) run to a few K.
    private static readonly ObjectPool<StringBuilder> Texts = new DefaultObjectPoolProvider().CreateStringBuilderPool(1024, 64 * 1024);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? answer, CancellationToken ct)
    {
        if (answer is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        response.StatusCode = answer.Status;
        if (answer.Body is null)
        {
            return;
        }
        response.ContentType = "application/json";
        var text = Texts.Get();
        try
        {
            using (var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)))
            {
                Serializer.Serialize(writer, answer.Body);
            }
            // One encoder over the chunks, so that a character split between two of them is encoded whole.
            var encoder = Utf8.GetEncoder();
            foreach (var chunk in text.GetChunks())
            {
                encoder.Convert(chunk.Span, response.BodyWriter, flush: false, out _, out _);
            }
            encoder.Convert([], response.BodyWriter, flush: true, out _, out _);
        }
        finally
        {
            Texts.Return(text);
        }
        await response.BodyWriter.FlushAsync(ct);
    }

    private static JsonSerializer Unindented(JsonSerializer serializer)
    {
        serializer.Formatting = Formatting.None;
        return serializer;
    }
}
