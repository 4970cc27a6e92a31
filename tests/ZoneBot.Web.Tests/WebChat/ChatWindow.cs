using System.Diagnostics;
using Microsoft.Playwright;

namespace ZoneBot.Web.Tests.WebChat;

/// <summary>The chat page as a person uses it: reads the bubbles, clicks a suggested action, types into the send box.</summary>
public sealed class ChatWindow(IPage page)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private ILocator Bubbles => page.Locator(".webchat__bubble__content");

    public ILocator SendBox => page.Locator("[data-id=\"webchat-sendbox-input\"]");

    /// <summary>How many bubbles say <paramref name="text"/>.</summary>
    public Task<int> CountAsync(string text) => Bubbles.Filter(new() { HasText = text }).CountAsync();

    /// <summary>Waits until more than <paramref name="before"/> bubbles say <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, int before = 0)
    {
        var waited = Stopwatch.StartNew();
        while (await CountAsync(text) <= before)
        {
            if (waited.Elapsed > ReplyTimeout)
            {
                var last = await Bubbles.AllInnerTextsAsync();
                throw new TimeoutException($"No new bubble says \"{text}\" after {ReplyTimeout.TotalSeconds} s. The last ones: {string.Join(" | ", last.TakeLast(4))}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Types <paramref name="typed"/> key by key, sends it with Enter, and waits for a new bubble that says <paramref name="expected"/>.</summary>
    public async Task AnswerAsync(string typed, string expected)
    {
        var before = await CountAsync(expected);
        await SendBox.ClickAsync();
        await SendBox.PressSequentiallyAsync(typed);
        await SendBox.PressAsync("Enter");
        await WaitForAsync(expected, before);
    }

    /// <summary>Clicks the suggested action <paramref name="title"/> and waits for a new bubble that says <paramref name="expected"/>.</summary>
    public async Task ClickAsync(string title, string expected)
    {
        var before = await CountAsync(expected);
        await page.Locator(".webchat__suggested-actions button", new() { HasText = title }).First.ClickAsync();
        await WaitForAsync(expected, before);
    }

    /// <summary>
    /// Whether Chinese renders as Chinese: two different characters drawn in the page's font differ. Without a CJK font
    /// both come out as the same empty box.
    /// </summary>
    public Task<bool> RendersChineseAsync() => page.EvaluateAsync<bool>("""
        () => {
          const canvas = document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 64;
          const context = canvas.getContext('2d');
          context.font = '48px ' + getComputedStyle(document.body).fontFamily;
          const draw = character => {
            context.clearRect(0, 0, 64, 64);
            context.fillText(character, 4, 52);
            return Array.from(context.getImageData(0, 0, 64, 64).data).join(',');
          };
          const first = draw('滨'), second = draw('海'), blank = draw(' ');
          return first !== second && first !== blank && second !== blank;
        }
        """);
}
