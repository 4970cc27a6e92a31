using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Data.WeCom;
using ZoneBot.WeCom.Crypto;
using ZoneBot.WeCom.CustomerService;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>
/// The self-built app's 接收消息 callback URL, /wecom/callback: the GET with which WeCom verifies the URL, and
/// the POSTs that bring users' messages and events, encrypted. A callback is acknowledged at once with an empty
/// 200 (WeCom's "no passive reply") and answered later through message/send.
/// </summary>
public static class CallbackEndpoints
{
    /// <summary>A callback is a few hundred bytes; anything much larger is not WeCom's.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapCallback(this RouteGroupBuilder group)
    {
        group.MapGet("/callback", VerifyUrl);
        group.MapPost("/callback", ReceiveAsync);
        return group;
    }

    /// <summary>The URL check when the callback is saved in the console: the decrypted echostr, as plain text.</summary>
    private static IResult VerifyUrl(HttpRequest request, IOptions<WeComOptions> options, ILoggerFactory loggers)
    {
        var crypt = CryptOf(options.Value);
        var query = request.Query;
        if (Required(query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]) is not [var signature, var timestamp, var nonce, var echo])
        {
            return Results.Problem("msg_signature, timestamp, nonce and echostr are required.", statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            return Results.Text(crypt.VerifyAndDecrypt(signature, timestamp, nonce, echo), "text/plain", Encoding.UTF8);
        }
        catch (WeComCryptException error)
        {
            return Refused(error, request, loggers);
        }
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComReceivedMessages received, WeComInbox inbox, KfSync customerService, IOptions<WeComOptions> options,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var crypt = CryptOf(options.Value);
        var query = request.Query;
        if (Required(query["msg_signature"], query["timestamp"], query["nonce"]) is not [var signature, var timestamp, var nonce])
        {
            return Results.Problem("msg_signature, timestamp and nonce are required.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem("A WeCom callback is smaller than this.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return Results.Problem("A WeCom callback is smaller than this.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (CallbackXml.Fields(body)?.GetValueOrDefault("Encrypt") is not { Length: > 0 } encrypted)
        {
            return Results.Problem("The body must be WeCom's XML with an Encrypt element.", statusCode: StatusCodes.Status400BadRequest);
        }

        string plain;
        try
        {
            plain = crypt.VerifyAndDecrypt(signature, timestamp, nonce, encrypted);
        }
        catch (WeComCryptException error)
        {
            return Refused(error, request, loggers);
        }
        var fields = CallbackXml.Fields(plain);
        // WeChat customer service only says that an account has messages: they are pulled in the background.
        if (fields?.GetValueOrDefault("Event") == "kf_msg_or_event"
            && fields.GetValueOrDefault("OpenKfId") is { Length: > 0 } openKfId && fields.GetValueOrDefault("Token") is { Length: > 0 } kfToken)
        {
            customerService.Notify(openKfId, kfToken);
            return Results.Text(string.Empty);
        }
        if (fields is null || CallbackMessage.Parse(fields) is not { } message)
        {
            return Results.Problem("The decrypted callback is not a WeCom message.", statusCode: StatusCodes.Status400BadRequest);
        }

        var logger = loggers.CreateLogger(typeof(CallbackEndpoints));
        if (message.AgentId != options.Value.AgentId)
        {
            logger.LogWarning("WeCom callback for agent {AgentId}, not ours; ignored", message.AgentId);
            return Results.Text(string.Empty);
        }
        if (!await received.TryRecordAsync(message.Key, ct))
        {
            logger.LogInformation("WeCom callback {Key} delivered again; nothing to do", message.Key);
            return Results.Text(string.Empty);
        }
        if (!inbox.TryEnqueue(new InboundCallback(message, $"{request.Scheme}://{request.Host}{request.PathBase}")))
        {
            logger.LogError("WeCom inbox full: callback {Key} dropped", message.Key);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Text(string.Empty);
    }

    /// <summary>Not from WeCom, or not for this app: 401, logged without the payload.</summary>
    private static IResult Refused(WeComCryptException error, HttpRequest request, ILoggerFactory loggers)
    {
        loggers.CreateLogger(typeof(CallbackEndpoints)).LogWarning(
            "WeCom callback refused ({Reason}) from {Address}", error.Error, request.HttpContext.Connection.RemoteIpAddress);
        return error.Error == WeComCryptError.BadCiphertext
            ? Results.Problem("The ciphertext is not valid.", statusCode: StatusCodes.Status400BadRequest)
            : Results.Problem("The callback's signature or receiver is not this app's.", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Made per request (cheap), since the settings are only valid, and checked, when WeCom is enabled.</summary>
    private static WeComMessageCrypt CryptOf(WeComOptions settings) => new(settings.Token, settings.EncodingAESKey, settings.CorpId);

    private static string[]? Required(params string?[] values) =>
        values.All(value => !string.IsNullOrEmpty(value) && value.Length <= 4096) ? [.. values.Select(value => value!)] : null;

    /// <returns>null when the body is larger than <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
