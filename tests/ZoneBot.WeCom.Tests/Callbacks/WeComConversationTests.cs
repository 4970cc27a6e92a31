using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;

namespace ZoneBot.WeCom.Tests.Callbacks;

/// <summary>Through the real host: encrypted callbacks in, the bot's answers out through the fake WeCom's message/send.</summary>
public partial class WeComConversationTests(WeComServer server) : IClassFixture<WeComServer>
{
    [Fact]
    public async Task A_firm_files_a_ticket_from_a_wecom_text_conversation_and_a_replay_changes_nothing()
    {
        var user = new WeComUser(server, "ZhangJingLi");

        await user.SayAsync("我要报事", "贵公司的名称");
        await user.SayAsync("华信电器", "您是 慈溪市华信电器有限公司 吗");
        var categories = await user.SayAsync("是的", "请选择问题的类别");
        // The choices came as numbered lines; the number typed back picks one.
        var safety = NumberedLine().Matches(categories).Single(line => line.Groups["title"].Value.Trim() == "安全生产和消防安全").Groups["number"].Value;
        await user.SayAsync(safety, "请描述");
        await user.SayAsync("消防通道被货物堵住两天了，叉车过不去", "什么位置");
        await user.SayAsync("跳过", "紧急吗");
        await user.SayAsync("一般", "照片");
        await user.SayAsync("没有", "联系人怎么称呼");
        await user.SayAsync("张经理", "联系电话");
        await user.SayAsync("138 0574 1234", "上门查看");
        await user.SayAsync("跳过", "联系人：张经理，电话 13805741234");

        var confirm = WeComServer.TextMessage(user.UserId, "确认提交", server.NextMsgId());
        var before = user.Received;
        Assert.Equal(HttpStatusCode.OK, (await server.PostCallbackAsync(confirm)).StatusCode);
        var filed = await user.WaitForAsync(before, "工单号");
        var number = TicketNumber().Match(filed).Value;
        Assert.NotEmpty(number);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM tickets WHERE number = @number", new { number }));

        // WeCom delivers the same callback again (same MsgId): acknowledged, and nothing happens.
        var afterFiling = user.Received;
        var replay = await server.PostCallbackAsync(confirm);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(string.Empty, await replay.Content.ReadAsStringAsync());
        await Task.Delay(1000);
        Assert.Equal(afterFiling, user.Received);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM tickets WHERE description LIKE '%消防通道被货物堵住两天了%'", null));
    }

    [Fact]
    public async Task The_url_verification_answers_the_decrypted_echostr_as_plain_text()
    {
        var echo = server.Crypt.Encrypt("5927782489442352469");
        var signature = server.Crypt.Sign("1476416373", "47744683", echo);

        var response = await server.Http.GetAsync(
            $"/wecom/callback?msg_signature={signature}&timestamp=1476416373&nonce=47744683&echostr={Uri.EscapeDataString(echo)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5927782489442352469", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_url_verification_with_a_wrong_signature_is_401()
    {
        var echo = server.Crypt.Encrypt("5927782489442352469");

        var response = await server.Http.GetAsync(
            $"/wecom/callback?msg_signature=012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb&timestamp=1476416373&nonce=47744683&echostr={Uri.EscapeDataString(echo)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("5927782489442352469", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_callback_with_a_bad_signature_is_401_and_reaches_no_one()
    {
        var response = await server.PostCallbackAsync(
            WeComServer.TextMessage("Forger", "帮助", server.NextMsgId()), signature: "0c3914025cb4b4d68103f6bfc8db550f79dcf48e");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(500);
        Assert.DoesNotContain(server.WeCom.Sent, message => message.ToUser == "Forger");
    }

    [Theory]
    [InlineData("<xml><ToUserName>ww</ToUserName><Encrypt>")]
    [InlineData("not xml at all")]
    [InlineData("<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>")]
    public async Task A_malformed_callback_body_is_400(string body)
    {
        var response = await server.Http.PostAsync(
            "/wecom/callback?msg_signature=abc&timestamp=1&nonce=2", new StringContent(body, System.Text.Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_callback_without_its_query_parameters_is_400()
    {
        var response = await server.Http.PostAsync("/wecom/callback", new StringContent("<xml/>", System.Text.Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_encrypted_message_that_is_not_a_wecom_message_is_400()
    {
        var response = await server.PostCallbackAsync("<xml><Content>no sender, no type</Content></xml>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Entering_the_app_greets_the_user_the_first_time_only()
    {
        var user = new WeComUser(server, "FirstVisit");

        Assert.Equal(HttpStatusCode.OK, (await server.PostCallbackAsync(WeComServer.EventMessage(user.UserId, "enter_agent"))).StatusCode);
        var greeting = await user.WaitForAsync(0, "报事");
        await Task.Delay(1100);
        await server.PostCallbackAsync(WeComServer.EventMessage(user.UserId, "enter_agent"));
        await Task.Delay(1000);

        Assert.Contains("1. ", greeting);
        Assert.Equal(1, user.Messages.Count(message => message.Content.Contains("报事", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_image_the_user_sends_is_fetched_through_media_get_and_kept()
    {
        var user = new WeComUser(server, "PhotoSender");
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 0xFF, 0xD9];
        var mediaId = server.WeCom.AddMedia("image/jpeg", jpeg);

        await server.PostCallbackAsync(WeComServer.ImageMessage(user.UserId, mediaId, server.NextMsgId()));
        await server.WeCom.WaitForMessagesAsync(user.UserId, 1);

        var id = await ScalarAsync<string>("SELECT id FROM wecom_media WHERE user_id = @userId", new { userId = user.UserId });
        var file = await server.Http.GetAsync($"/wecom/media/{id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(jpeg, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/wecom/media/{new string('0', 48)}")).StatusCode);
    }

    [Fact]
    public async Task A_location_reaches_the_bot_as_its_address()
    {
        var user = new WeComUser(server, "LocationSender");
        await user.SayAsync("报事", "贵公司的名称");
        await user.SayAsync("华信电器", "您是 慈溪市华信电器有限公司 吗");
        await user.SayAsync("是", "请选择问题的类别");
        await user.SayAsync("安全生产和消防安全", "请描述");
        await user.SayAsync("消防通道被堵了，车开不进来", "什么位置");

        var before = user.Received;
        await server.PostCallbackAsync(WeComServer.LocationMessage(user.UserId, "慈溪市滨海经济开发区新兴大道东门", server.NextMsgId()));

        await user.WaitForAsync(before, "紧急吗");
        await user.SayAsync("取消", "取消");
    }

    [Fact]
    public async Task An_expired_access_token_is_fetched_again_once_and_the_reply_still_arrives()
    {
        var user = new WeComUser(server, "AfterExpiry");
        await user.SayAsync("帮助", "报事");
        var issued = server.WeCom.TokensIssued;

        server.WeCom.ExpireTokens();
        await user.SayAsync("帮助", "报事");

        Assert.Equal(issued + 1, server.WeCom.TokensIssued);
    }

    private async Task<int> CountAsync(string sql, object? parameters) => (int)await ScalarAsync<long>(sql, parameters);

    private async Task<T> ScalarAsync<T>(string sql, object? parameters)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("no row: " + sql);
    }

    [GeneratedRegex(@"ZB-\d{8}-\d{4}")]
    private static partial Regex TicketNumber();

    [GeneratedRegex(@"^(?<number>\d+)\. (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex NumberedLine();
}
