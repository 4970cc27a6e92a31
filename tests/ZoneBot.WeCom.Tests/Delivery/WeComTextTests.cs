using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Data.WeCom;
using ZoneBot.WeCom.Callbacks;
using ZoneBot.WeCom.Delivery;

namespace ZoneBot.WeCom.Tests.Delivery;

public class WeComTextTests
{
    [Fact]
    public void Suggested_actions_become_numbered_lines_under_the_text()
    {
        var message = MessageFactory.SuggestedActions(["报事", "查询工单", "找社管员"], "您好，请问需要什么帮助？", ssml: null, inputHint: null);

        var (text, actions) = WeComText.Render(message);

        Assert.Equal("您好，请问需要什么帮助？\n1. 报事\n2. 查询工单\n3. 找社管员", text);
        Assert.Equal(["报事", "查询工单", "找社管员"], actions.Select(action => action.Value));
    }

    [Fact]
    public void A_file_of_the_message_is_shown_as_its_link()
    {
        var message = MessageFactory.Text("现场照片");
        message.Attachments = [new Attachment("image/jpeg", "https://zone.example/wecom/media/abc", name: "门口.jpg")];

        Assert.Equal("现场照片\n门口.jpg: https://zone.example/wecom/media/abc", WeComText.Render(message).Text);
    }

    [Theory]
    [InlineData("2", "查询工单")]
    [InlineData(" 3 ", "找社管员")]
    [InlineData("１", "报事")]
    [InlineData("4", "4")]
    [InlineData("0", "0")]
    [InlineData("2号网格", "2号网格")]
    [InlineData("13805741234", "13805741234")]
    public void A_number_typed_back_picks_that_choice_and_anything_else_stays_as_typed(string typed, string expected)
    {
        OfferedAction[] offered = [new("报事", "报事"), new("查询工单", "查询工单"), new("找社管员", "找社管员")];

        Assert.Equal(expected, OfferedChoice.Resolve(typed, offered));
    }

    [Fact]
    public void Without_choices_a_number_is_just_a_number()
    {
        Assert.Equal("2", OfferedChoice.Resolve("2", []));
    }

    [Fact]
    public void A_long_reply_is_split_between_lines_into_messages_wecom_accepts()
    {
        var lines = Enumerable.Range(1, 120).Select(index => $"{index}. 慈溪市华信电器有限公司第{index}号厂房的消防通道").ToList();

        var pieces = WeComText.Split(string.Join("\n", lines));

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, piece => Assert.True(Encoding.UTF8.GetByteCount(piece) <= WeComText.MaxBytes));
        Assert.Equal(lines, pieces.SelectMany(piece => piece.Split('\n')));
    }

    [Fact]
    public void A_single_line_longer_than_a_message_is_cut_without_losing_a_character()
    {
        var line = string.Concat(Enumerable.Repeat("消防通道被堵😀", 400));

        var pieces = WeComText.Split(line);

        Assert.All(pieces, piece => Assert.True(Encoding.UTF8.GetByteCount(piece) <= WeComText.MaxBytes));
        Assert.Equal(line, string.Concat(pieces));
    }
}
