using ZoneBot.Dialogs.Core;

namespace ZoneBot.Host.WebChat;

/// <summary>The page's own words, around Web Chat (which brings its own zh-CN and en-US texts).</summary>
internal static class PageTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        [Locales.Chinese] = new()
        {
            ["lang"] = "zh-CN",
            ["chatLabel"] = "与{0}聊天",
            ["status"] = "正在连接…",
            ["failed"] = "暂时无法连接，请稍后刷新页面重试。",
            ["missing"] = "聊天组件（Web Chat）缺失：构建时未能从 npm 获取。请在能访问 npm 的机器上重新构建（dotnet build）。",
            ["otherLabel"] = "English",
            ["userInitials"] = "我",
        },
        [Locales.English] = new()
        {
            ["lang"] = "en-US",
            ["chatLabel"] = "Chat with {0}",
            ["status"] = "Connecting…",
            ["failed"] = "Cannot connect right now. Please reload the page in a little while.",
            ["missing"] = "The chat client (Web Chat) is missing: the build could not fetch it from npm. Rebuild (dotnet build) where npm can be reached.",
            ["otherLabel"] = "中文",
            ["userInitials"] = "Me",
        },
    };

    public static string Get(string locale, string key) => Texts[locale][key];
}
