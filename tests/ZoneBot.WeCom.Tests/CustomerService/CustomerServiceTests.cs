using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.WeCom.CustomerService;
using ZoneBot.WeCom.Tests.Fake;

namespace ZoneBot.WeCom.Tests.CustomerService;

/// <summary>WeChat customer service through the real host: the kf event, sync_msg from the stored cursor, replies through send_msg.</summary>
public class CustomerServiceTests(WeComServer server) : IClassFixture<WeComServer>
{
    private const string OpenKfId = "wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw";

    [Fact]
    public async Task A_wechat_customer_is_answered_through_send_msg_and_a_second_event_reads_nothing_twice()
    {
        const string customer = "wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw";
        server.WeCom.AddKfMessage(CustomerText(customer, "msg-1", "帮助"));

        Assert.Equal(HttpStatusCode.OK, (await server.PostCallbackAsync(KfEvent("ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR"))).StatusCode);
        var reply = await WaitForKfAsync(customer, 1);

        Assert.Equal(OpenKfId, (string?)reply[0]["open_kfid"]);
        Assert.Contains("报事", (string?)reply[0]["text"]?["content"]);

        // WeCom says again that there are messages (or another instance hears it): the cursor has moved, nothing is answered twice.
        var replies = reply.Count;
        await server.PostCallbackAsync(KfEvent("ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NX"));
        await Task.Delay(1000);
        Assert.Equal(replies, server.WeCom.KfSent.Count(sent => (string?)sent["touser"] == customer));
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        Assert.NotEqual(string.Empty, await connection.ExecuteScalarAsync<string>(
            "SELECT next_cursor FROM wecom_kf_cursors WHERE open_kfid = @OpenKfId", new { OpenKfId }));
    }

    [Fact]
    public void The_window_allows_five_replies_per_customer_message_within_48_hours()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var windows = new KfChannel(clock);
        Assert.Equal(0, windows.RepliesLeft("kf:c"));

        windows.CustomerWrote("kf:c", clock.GetUtcNow());
        for (var i = 0; i < 4; i++)
        {
            windows.Replied("kf:c");
        }
        Assert.Equal(1, windows.RepliesLeft("kf:c"));
        windows.Replied("kf:c");
        Assert.Equal(0, windows.RepliesLeft("kf:c"));

        windows.CustomerWrote("kf:c", clock.GetUtcNow());
        Assert.Equal(5, windows.RepliesLeft("kf:c"));
        clock.Advance(TimeSpan.FromHours(48));
        Assert.Equal(0, windows.RepliesLeft("kf:c"));
    }

    private async Task<List<JsonObject>> WaitForKfAsync(string customer, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        List<JsonObject> sent;
        while ((sent = [.. server.WeCom.KfSent.Where(message => (string?)message["touser"] == customer)]).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(sent.Count >= count, $"kf/send_msg got {sent.Count} message(s) for the customer");
        return sent;
    }

    private static JsonObject CustomerText(string customer, string msgId, string content) => new()
    {
        ["msgid"] = msgId, ["open_kfid"] = OpenKfId, ["external_userid"] = customer, ["send_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["origin"] = 3, ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = content },
    };

    private static string KfEvent(string token) =>
        $"<xml><ToUserName><![CDATA[{FakeWeCom.CorpId}]]></ToUserName><CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime>"
        + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[{token}]]></Token><OpenKfId><![CDATA[{OpenKfId}]]></OpenKfId></xml>";
}
