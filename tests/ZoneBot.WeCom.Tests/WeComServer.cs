using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;
using ZoneBot.WeCom.Crypto;
using ZoneBot.WeCom.Tests.Fake;

namespace ZoneBot.WeCom.Tests;

/// <summary>
/// The real host on a loopback port with WeCom enabled and its API pointed at a <see cref="FakeWeCom"/>, over a SQLite
/// file of its own. Callbacks are encrypted and signed as WeCom does, with the keys of WeCom's own SDK sample.
/// </summary>
public class WeComServer : IAsyncLifetime
{
    public const string Token = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    public const string EncodingAesKey = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";

    private readonly SqliteTestDatabase _database = new();
    private WebApplication? _app;
    private long _nextMsgId = 7_000_000_000_000_000_000;

    public FakeWeCom WeCom { get; } = new();
    public WeComMessageCrypt Crypt { get; } = new(Token, EncodingAesKey, FakeWeCom.CorpId);
    public HttpClient Http { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    /// <summary>Settings of its own (--Alerts:PollSeconds=0.1 ...).</summary>
    public string[] Settings { get; init; } = [];

    public async Task InitializeAsync()
    {
        await WeCom.InitializeAsync();
        _app = WebHost.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--Database:Provider=sqlite",
            "--Database:CreateIfMissing=true",
            "--Database:SeedDemo=true",
            $"--Database:ConnectionString={_database.ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            "--WeCom:Enabled=true",
            $"--WeCom:CorpId={FakeWeCom.CorpId}",
            $"--WeCom:AgentId={FakeWeCom.AgentId}",
            $"--WeCom:Secret={FakeWeCom.Secret}",
            $"--WeCom:Token={Token}",
            $"--WeCom:EncodingAESKey={EncodingAesKey}",
            $"--WeCom:ApiBaseUrl={WeCom.BaseAddress}",
            .. Settings,
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await WeCom.DisposeAsync();
        await _database.DisposeAsync();
    }

    public long NextMsgId() => Interlocked.Increment(ref _nextMsgId);

    /// <summary>POSTs a callback as WeCom would: the message encrypted, the envelope signed.</summary>
    public Task<HttpResponseMessage> PostCallbackAsync(string message, string? signature = null)
    {
        var encrypted = Crypt.Encrypt(message);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string nonce = "1597212914";
        var envelope = $"<xml><ToUserName><![CDATA[{FakeWeCom.CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[{FakeWeCom.AgentId}]]></AgentID></xml>";
        return Http.PostAsync(
            $"/wecom/callback?msg_signature={signature ?? Crypt.Sign(timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}",
            new StringContent(envelope, Encoding.UTF8, "text/xml"));
    }

    public static string TextMessage(string userId, string content, long msgId) =>
        Message(userId, msgId, "text", $"<Content><![CDATA[{content}]]></Content>");

    public static string ImageMessage(string userId, string mediaId, long msgId) =>
        Message(userId, msgId, "image", $"<PicUrl><![CDATA[https://wework.qpic.cn/mock.jpg]]></PicUrl><MediaId><![CDATA[{mediaId}]]></MediaId>");

    public static string LocationMessage(string userId, string label, long msgId) =>
        Message(userId, msgId, "location", $"<Location_X>30.2</Location_X><Location_Y>121.3</Location_Y><Scale>15</Scale><Label><![CDATA[{label}]]></Label>");

    public static string EventMessage(string userId, string eventName) =>
        $"<xml><ToUserName><![CDATA[{FakeWeCom.CorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName><CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime>"
        + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{eventName}]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>{FakeWeCom.AgentId}</AgentID></xml>";

    private static string Message(string userId, long msgId, string type, string fields) =>
        $"<xml><ToUserName><![CDATA[{FakeWeCom.CorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName><CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime>"
        + $"<MsgType><![CDATA[{type}]]></MsgType>{fields}<MsgId>{msgId}</MsgId><AgentID>{FakeWeCom.AgentId}</AgentID></xml>";
}
