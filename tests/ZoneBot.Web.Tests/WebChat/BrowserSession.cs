using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ZoneBot.Web.Tests.WebChat;

/// <summary>One browser with one page open, what went wrong in it, and where its screenshots go.</summary>
public sealed class BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, ITestOutputHelper output) : IAsyncDisposable
{
    public IPage Page => page;

    public ChatWindow Chat { get; } = new(page);

    /// <summary>Errors in the page's console and uncaught script errors (a blocked script, a failed request).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Saves what the page shows now to TestResults/webchat/ at the repository's root.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "webchat");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        // Web Chat scrolls to the newest message smoothly; let it arrive.
        await page.WaitForTimeoutAsync(1000);
        await page.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"Screenshot: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ZoneBot.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
