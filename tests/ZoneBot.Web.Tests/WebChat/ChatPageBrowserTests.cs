using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using ZoneBot.Data;
using ZoneBot.Host.Tests;

namespace ZoneBot.Web.Tests.WebChat;

/// <summary>
/// The chat page in Debian's Chromium, on a phone-sized screen, against the real host: what a firm's clerk does. The
/// screenshots go to TestResults/webchat/ at the repository's root.
/// </summary>
public sealed class ChatPageBrowserTests(ZoneBotServer server, ITestOutputHelper output) : IClassFixture<ZoneBotServer>
{
    // The flags verified for Debian's Chromium in a container (shared/DEPENDENCIES.md).
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    [BrowserFact]
    public async Task A_firm_files_a_ticket_in_chinese_by_typing_and_finds_the_conversation_again_after_a_reload()
    {
        await using var session = await OpenAsync("/");
        var (page, chat) = (session.Page, session.Chat);

        await chat.WaitForAsync("您好，我是滨海园区小助手");
        Assert.True(await chat.RendersChineseAsync(), "Chinese renders as boxes: install a CJK font (fonts-wqy-zenhei).");
        await chat.ClickAsync("报事", "贵公司的名称");
        await chat.AnswerAsync("华信电器", "您是 慈溪市华信电器有限公司 吗");
        await chat.AnswerAsync("是", "请选择问题的类别");
        await chat.AnswerAsync("安全生产和消防安全", "请描述");
        // The place (仓库门口) is read from the description, so the location is not asked again.
        await chat.AnswerAsync("仓库门口的消防通道被货物堵住两天了", "紧急吗");
        await chat.AnswerAsync("一般", "照片");
        await chat.AnswerAsync("没有", "联系人怎么称呼");
        await chat.AnswerAsync("张经理", "联系电话");
        await chat.AnswerAsync("13805741234", "上门查看");
        await chat.AnswerAsync("跳过", "联系人：张经理，电话 13805741234");
        await chat.AnswerAsync("确认提交", "工单号");

        var filed = await page.Locator(".webchat__bubble__content", new() { HasText = "工单号" }).Last.InnerTextAsync();
        var number = Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.NotEmpty(number);
        Assert.Equal(1, await CountTicketsAsync(number));
        await session.ScreenshotAsync("ticket-filed.png");

        await page.ReloadAsync();

        await chat.WaitForAsync(number);
        Assert.Equal(1, await chat.CountAsync("您好，我是滨海园区小助手"));
        Assert.True(await chat.CountAsync("仓库门口的消防通道被货物堵住两天了") >= 1);
        await session.ScreenshotAsync("history-after-reload.png");
        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task The_english_page_greets_in_english()
    {
        await using var session = await OpenAsync("/?locale=en-US");

        await session.Chat.WaitForAsync("Hello");
        await session.Chat.ClickAsync("Help", "cancel");

        Assert.Equal("en-US", await session.Page.Locator("html").GetAttributeAsync("lang"));
        await session.ScreenshotAsync("english.png");
        Assert.Empty(session.Errors);
    }

    private async Task<BrowserSession> OpenAsync(string path)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ChromiumFlags,
        });
        // A phone: the page must be readable and usable at this size.
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(playwright, browser, page, output);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => session.Errors.Add(error);
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return session;
    }

    private async Task<long> CountTicketsAsync(string number)
    {
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM tickets WHERE number = @number AND category = 'safety' AND channel_id = 'directline'", new { number });
    }
}
