using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ZoneBot.Data;
using ZoneBot.Data.Verification;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Verification;

/// <summary>
/// The HTTP SMS sender against a fake gateway on a loopback port, started by the test: the JSON it posts, the
/// key it sends, and what it makes of the gateway's answers.
/// </summary>
public sealed class HttpSmsSenderTests : IDisposable
{
    private readonly FakeGateway _gateway = new();

    [Fact]
    public async Task The_code_is_posted_as_documented_JSON_with_the_key()
    {
        _gateway.Answer(HttpStatusCode.OK, """{"code":0,"message":"OK"}""");
        var sender = Sender(apiKey: "secret-key");

        await sender.SendCodeAsync(new SmsCode("19900020001", "428613", 10, 1, "慈溪市荣隆厨具厂"), CancellationToken.None);

        var request = Assert.Single(_gateway.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("Bearer secret-key", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("19900020001", body.RootElement.GetProperty("phone").GetString());
        Assert.Equal("SMS_MEMBERSHIP_CODE", body.RootElement.GetProperty("template").GetString());
        Assert.Equal("428613", body.RootElement.GetProperty("params").GetProperty("code").GetString());
        Assert.Equal("10", body.RootElement.GetProperty("params").GetProperty("minutes").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "oops")]
    [InlineData(HttpStatusCode.OK, """{"code":"isv.BUSINESS_LIMIT_CONTROL","message":"too many"}""")]
    [InlineData(HttpStatusCode.OK, """{"errcode":40001}""")]
    [InlineData(HttpStatusCode.Unauthorized, """{"code":401}""")]
    public async Task A_refusal_or_an_error_is_an_SmsException_without_the_phone(HttpStatusCode status, string answer)
    {
        _gateway.Answer(status, answer);

        var failure = await Assert.ThrowsAsync<SmsException>(() =>
            Sender().SendCodeAsync(new SmsCode("19900020002", "111111", 10, 2, "宁波天兴电器有限公司"), CancellationToken.None));

        Assert.DoesNotContain("19900020002", failure.Message);
    }

    [Fact]
    public async Task A_gateway_that_cannot_be_reached_is_an_SmsException()
    {
        var closedPort = FakeGateway.FreePort();
        var sender = new HttpSmsSender(new HttpClient(), new SmsOptions
        {
            Sender = SmsOptions.HttpSender, Url = $"http://127.0.0.1:{closedPort}/sms", Template = "T",
        });

        await Assert.ThrowsAsync<SmsException>(() =>
            sender.SendCodeAsync(new SmsCode("19900020003", "222222", 10, 3, "x"), CancellationToken.None));
    }

    [Theory]
    [InlineData("log", "", "", true)]
    [InlineData("http", "http://sms.example/send", "SMS_1", true)]
    [InlineData("http", "", "SMS_1", false)]
    [InlineData("http", "ftp://sms.example/send", "SMS_1", false)]
    [InlineData("http", "https://sms.example/send", "", false)]
    [InlineData("carrier-pigeon", "", "", false)]
    public void The_settings_are_checked_at_start(string sender, string url, string template, bool valid)
    {
        var options = new SmsOptions { Sender = sender, Url = url, Template = template };

        Assert.Equal(valid, !options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Any());
    }

    public void Dispose() => _gateway.Dispose();

    private HttpSmsSender Sender(string apiKey = "") => new(new HttpClient(), new SmsOptions
    {
        Sender = SmsOptions.HttpSender, Url = _gateway.Url, ApiKey = apiKey, Template = "SMS_MEMBERSHIP_CODE",
    });

    /// <summary>A gateway on a free loopback port that answers every POST the same way and keeps what it got.</summary>
    private sealed class FakeGateway : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;
        private (HttpStatusCode Status, string Body) _answer = (HttpStatusCode.OK, "{}");

        public FakeGateway()
        {
            Url = $"http://127.0.0.1:{FreePort()}/sms/send/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public List<(string Method, string? Authorization, string Body)> Requests { get; } = [];

        public void Answer(HttpStatusCode status, string body) => _answer = (status, body);

        public static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            _listener.Close();
            try
            {
                _serving.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The listener was closed under a waiting GetContextAsync: that is how it stops.
            }
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                lock (Requests)
                {
                    Requests.Add((context.Request.HttpMethod, context.Request.Headers["Authorization"], reader.ReadToEnd()));
                }
                var bytes = Encoding.UTF8.GetBytes(_answer.Body);
                context.Response.StatusCode = (int)_answer.Status;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
