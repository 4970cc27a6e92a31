using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Liaison;

/// <summary>找社管员, as firms ask for it, on the demo zone (华信电器 is in 1号网格, liaison 周海燕).</summary>
public sealed class FindLiaisonDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private const string HuaxinCode = "91330282MA268EM42T";

    [Theory]
    [InlineData("慈溪市华信电器有限公司")]
    [InlineData("华信电器")]
    [InlineData("华信电器有限公司")]
    [InlineData("华信 电器")]
    public async Task A_firm_found_by_its_name_is_confirmed_then_its_liaison_is_given(string name)
    {
        var chat = bot.NewChat();

        Assert.Contains("贵公司的名称", await chat.SayAsync("找社管员"));
        Assert.Contains("您是 慈溪市华信电器有限公司 吗", await chat.SayAsync(name));
        var answer = await chat.SayAsync("是的");

        Assert.Contains("1号网格", answer);
        Assert.Contains("周海燕", answer);
        Assert.Contains("19900000001", answer);
        Assert.Contains("灵水工业社区", answer);
        Assert.Contains("安全生产和消防安全", answer);
    }

    [Fact]
    public async Task A_credit_code_finds_the_firm()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我们网格员是谁");

        Assert.Contains("慈溪市华信电器有限公司", await chat.SayAsync(HuaxinCode.ToLowerInvariant()));
        Assert.Contains("周海燕", await chat.SayAsync("对"));
    }

    [Fact]
    public async Task A_mistyped_credit_code_is_told_its_check_character_is_wrong_not_that_nothing_was_found()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");

        var answer = await chat.SayAsync(HuaxinCode[..17] + (HuaxinCode[17] == 'A' ? "B" : "A"));

        Assert.Contains("校验位不对", answer);
        Assert.DoesNotContain("没有找到", answer);
        Assert.Contains("统一社会信用代码", answer);
    }

    [Fact]
    public async Task A_road_in_the_question_is_answered_at_once_with_the_grids_on_it()
    {
        var answer = await bot.NewChat().SayAsync("新兴大道上的企业归哪个网格");

        Assert.Contains("新兴大道上的企业属于", answer);
        Assert.Contains("社管员：", answer);
    }

    [Theory]
    [InlineData("3号网格的社管员", "3号网格", "王思远")]
    [InlineData("第十网格社管员电话多少", "10号网格", "社管员：")]
    public async Task A_grid_named_in_the_question_is_answered_at_once(string question, string grid, string expected)
    {
        var answer = await bot.NewChat().SayAsync(question);

        Assert.Contains(grid, answer);
        Assert.Contains(expected, answer);
    }

    [Fact]
    public async Task A_name_shared_by_several_firms_offers_a_short_list_to_pick_from_by_number()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");

        var buttons = await chat.ButtonsAfterAsync("电器");

        Assert.InRange(buttons.Count, 3, 6);
        Assert.Equal("都不是", buttons[^1]);
        Assert.All(buttons.SkipLast(1), button => Assert.Matches("（.+）$", button));
        var picked = buttons[1][..buttons[1].IndexOf('（')];
        var answer = await chat.SayAsync("2");
        Assert.Contains(picked, answer);
        Assert.Contains("社管员：", answer);
    }

    [Fact]
    public async Task A_firm_in_the_short_list_can_be_picked_by_its_name()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");
        var buttons = await chat.ButtonsAfterAsync("电器");

        var answer = await chat.SayAsync(buttons[0]);

        Assert.Contains(buttons[0][..buttons[0].IndexOf('（')], answer);
    }

    [Fact]
    public async Task No_match_twice_gives_the_community_offices_instead_of_a_dead_end()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");

        Assert.Contains("没有找到", await chat.SayAsync("宇宙飞船制造"));
        var answer = await chat.SayAsync("火星基地建设");

        Assert.Contains("社区办公室", answer);
        Assert.Contains("灵水工业社区", answer);
        Assert.Contains("0574-99990001", answer);
    }

    [Fact]
    public async Task A_linked_user_asking_again_is_answered_without_questions()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");
        await chat.SayAsync("华信电器");
        await chat.SayAsync("是");

        var again = await chat.SayAsync("社管员电话多少");

        Assert.Contains("慈溪市华信电器有限公司 属于 1号网格", again);
        Assert.Contains("19900000001", again);
    }

    [Fact]
    public async Task Changing_firm_forgets_the_link_so_the_next_question_asks_again()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");
        await chat.SayAsync("华信电器");
        await chat.SayAsync("是");

        Assert.Contains("已解除与 慈溪市华信电器有限公司 的关联", await chat.SayAsync("更换企业"));
        Assert.Contains("贵公司的名称", await chat.SayAsync("找社管员"));
    }

    [Fact]
    public async Task Saying_no_to_the_proposed_firm_asks_for_the_name_again()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");
        await chat.SayAsync("华信电器");

        Assert.Contains("贵公司的名称", await chat.SayAsync("不是"));
    }

    [Fact]
    public async Task Cancel_in_the_middle_leaves_the_flow_and_shows_the_menu()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("找社管员");
        await chat.SayAsync("华信电器");

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("取消"));

        Assert.Contains("已取消", Chat.Texts(replies));
        Assert.Contains(replies, reply => reply.SuggestedActions?.Actions.Any(action => action.Title == "报事") == true);
        Assert.Contains("没有理解", await chat.SayAsync("是"));
    }

    [Fact]
    public async Task An_english_chat_gets_the_answer_in_english()
    {
        var chat = bot.NewChat("en-US");
        Assert.Contains("firm's name", await chat.SayAsync("find my liaison"));
        Assert.Contains("Are you 慈溪市华信电器有限公司", await chat.SayAsync("华信电器"));

        var answer = await chat.SayAsync("yes");

        Assert.Contains("Liaison: 周海燕", answer);
    }
}
