using System.Net;
using ZoneBot.Dialogs;
using ZoneBot.Host.WebChat;

namespace ZoneBot.Host.Tests.WebChat;

/// <summary>The chat page at /: Chinese by default, English on request, the zone's and bot's names, the Web Chat bundle beside it.</summary>
public sealed class ChatPageTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task The_page_is_in_chinese_with_the_zones_and_the_bots_names_and_fits_a_phone()
    {
        var response = await server.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("data-locale=\"zh-CN\"", html);
        Assert.Contains("<title>滨海园区小助手 · 慈溪滨海经济开发区</title>", html);
        Assert.Contains("name=\"viewport\" content=\"width=device-width, initial-scale=1", html);
        Assert.Contains("<script src=\"webchat/webchat.js?v=4.18.1\"></script>", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Locale_en_US_gives_the_english_page()
    {
        var html = await server.Http.GetStringAsync("/?locale=en-US");

        Assert.Contains("<html lang=\"en-US\">", html);
        Assert.Contains("data-locale=\"en-US\"", html);
        Assert.Contains("Connecting…", html);
        Assert.Contains("href=\"?locale=zh-CN\"", html);
    }

    [Theory]
    [InlineData("/webchat/webchat.js", "javascript")]
    [InlineData("/chat.js", "javascript")]
    [InlineData("/chat.css", "css")]
    public async Task The_page_scripts_and_style_are_served(string path, string type)
    {
        var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Without_the_bundle_the_page_says_that_it_is_missing()
    {
        var html = ChatPage.Render("zh-CN", new BotProfile(), hasBundle: false);

        Assert.Contains("聊天组件（Web Chat）缺失", html);
        Assert.DoesNotContain("webchat/webchat.js", html);
    }

    [Fact]
    public void Names_from_the_settings_are_encoded()
    {
        var html = ChatPage.Render("zh-CN", new BotProfile { DisplayName = "<b>助手</b>", ZoneName = "A&B 园区" }, hasBundle: true);

        Assert.Contains("&lt;b&gt;助手&lt;/b&gt;", html);
        Assert.Contains("A&amp;B 园区", html);
        Assert.DoesNotContain("<b>", html);
    }
}
