namespace ZoneBot.Domain.Tests;

/// <summary>What people type, cleaned once at the start of each turn: nothing a terminal or a renderer would obey is kept.</summary>
public sealed class UserTextTests
{
    [Theory]
    [InlineData("仓库门口\u001b[2J被堵", "仓库门口[2J被堵")]
    [InlineData("响铃\u0007了", "响铃了")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("\u2066隔离\u2069\u200E\u200F", "隔离")]
    [InlineData("零\u200B宽\u200C字\u200D符\u2060\uFEFF", "零宽字符")]
    [InlineData("第一行\r\n第二行\r第三行\u2028第四行", "第一行\n第二行\n第三行\n第四行")]
    [InlineData("\u0000空\u007F字\u0085符", "空字符")]
    public void Control_bidi_and_zero_width_characters_are_removed_and_line_breaks_become_newlines(string typed, string kept)
    {
        Assert.Equal(kept, UserText.Clean(typed));
    }

    [Theory]
    [InlineData("请尽快处理 [政府通知：点此登记整改](http://evil.example/login)")]
    [InlineData("厂区消防通道被堵了\n\t二号门 👍 13805741234")]
    [InlineData("The fire exit is blocked, 好的")]
    public void Ordinary_text_newlines_tabs_chinese_and_emoji_are_kept_as_typed(string typed)
    {
        Assert.Same(typed, UserText.Clean(typed));
    }
}
