using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tests.Tickets;

/// <summary>The one paged picker of 查询工单 and 我的待办: a page's choices, then what an answer picked.</summary>
public sealed class TicketPickerTests
{
    private static readonly JsonTextLocalizer Texts = new();
    private static readonly TicketPicker Picker = new(Texts);
    private static readonly ChoiceWordLists Words = new(new EntityWords(), new WordLists(), new SafetyWords());

    private static readonly (string Number, string Line)[] Page =
    [
        ("ZB-20261201-0001", "ZB-20261201-0001 路灯不亮"),
        ("ZB-20261201-0002", "ZB-20261201-0002 消防通道被堵"),
    ];

    [Theory]
    [InlineData("zh-CN", "下一页")]
    [InlineData("zh-CN", "更多")]
    [InlineData("zh-CN", "3")]
    [InlineData("en-US", "next")]
    [InlineData("en-US", "next page")]
    public void A_page_with_more_after_it_offers_the_next_page(string locale, string answer)
    {
        var prompt = Picker.Prompt(locale, new TicketPickerPage("header", Page, HasNextPage: true, "myTickets.pick", []));

        var picked = Picker.Read(ChoiceRecognizer.Recognize(answer, prompt.Choices!, Words, locale)!, locale);

        Assert.True(picked.NextPage);
        Assert.Null(picked.Number);
        Assert.Equal(3, prompt.Choices!.Count);
    }

    [Theory]
    [InlineData("2", "ZB-20261201-0002")]
    [InlineData("第一个", "ZB-20261201-0001")]
    [InlineData("zb-20261201-0002", "ZB-20261201-0002")]
    public void A_ticket_is_picked_by_its_place_on_the_page_or_its_number(string answer, string number)
    {
        var prompt = Picker.Prompt("zh-CN", new TicketPickerPage("header", Page, HasNextPage: true, "myTasks.pick", []));

        var picked = Picker.Read(ChoiceRecognizer.Recognize(answer, prompt.Choices!, Words, "zh-CN")!, "zh-CN");

        Assert.Equal(number, picked.Number);
        Assert.False(picked.NextPage);
    }

    [Fact]
    public void The_last_page_has_no_next_page_and_its_other_choices_come_back_as_such()
    {
        var verify = Texts.Get("zh-CN", "myTickets.verify");
        var prompt = Picker.Prompt("zh-CN", new TicketPickerPage("header", Page, HasNextPage: false, "myTickets.pick", [verify]));

        var picked = Picker.Read(ChoiceRecognizer.Recognize("3", prompt.Choices!, Words, "zh-CN")!, "zh-CN");

        Assert.Equal([Page[0].Number, Page[1].Number, verify], prompt.Choices!.Select(choice => choice.Value));
        Assert.Equal(verify, picked.Other);
        Assert.False(picked.NextPage);
        Assert.Null(ChoiceRecognizer.Recognize("下一页", prompt.Choices!, Words, "zh-CN"));
    }

    [Fact]
    public void The_prompt_shows_the_header_each_line_then_the_pick_text()
    {
        var prompt = Picker.Prompt("zh-CN", new TicketPickerPage("第1页", Page, HasNextPage: false, "myTasks.pick", []));

        Assert.Equal(
            string.Join("\n", "第1页", Page[0].Line, Page[1].Line, Texts.Get("zh-CN", "myTasks.pick")),
            prompt.Prompt!.Text);
        Assert.Equal(Texts.Get("zh-CN", "myTasks.pick.help"), prompt.HelpText);
    }
}
