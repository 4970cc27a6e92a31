namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Kinds =
    [
        new("占道经营", "摆摊"),
        new("消防通道堵塞", "消防", "堵路"),
        new("Noise") { ActionTitle = "噪音扰民" },
    ];

    [Theory]
    [InlineData("2", 1)]
    [InlineData("２", 1)]
    [InlineData("二", 1)]
    [InlineData("第二个", 1)]
    [InlineData("第2项", 1)]
    [InlineData("选3", 2)]
    [InlineData("一", 0)]
    [InlineData("second", 1)]
    [InlineData("The third one", 2)]
    [InlineData("2.", 1)]
    public void A_number_picks_the_choice_at_that_position(string answer, int index)
    {
        Assert.Equal(index, ChoiceRecognizer.Recognize(answer, Kinds)?.Index);
    }

    [Theory]
    [InlineData("占道经营", 0)]
    [InlineData("  消防通道堵塞 ", 1)]
    [InlineData("noise", 2)]
    [InlineData("ＮＯＩＳＥ", 2)]
    [InlineData("噪音扰民", 2)]
    [InlineData("消防通道堵塞。", 1)]
    public void The_exact_text_or_button_title_picks_the_choice_whatever_the_case_and_width(string answer, int index)
    {
        var found = ChoiceRecognizer.Recognize(answer, Kinds);

        Assert.Equal(index, found?.Index);
        Assert.Equal(Kinds[index].Value, found?.Value);
    }

    [Theory]
    [InlineData("摆摊", 0)]
    [InlineData("消防", 1)]
    [InlineData("堵路", 1)]
    public void A_synonym_picks_its_choice(string answer, int index)
    {
        Assert.Equal(index, ChoiceRecognizer.Recognize(answer, Kinds)?.Index);
    }

    [Theory]
    [InlineData("门口有人摆摊卖菜", 0)]
    [InlineData("后门消防通道堵塞了", 1)]
    [InlineData("占道", 0)]
    [InlineData("噪音", 2)]
    public void An_answer_that_contains_a_choice_or_is_part_of_one_picks_it(string answer, int index)
    {
        Assert.Equal(index, ChoiceRecognizer.Recognize(answer, Kinds)?.Index);
    }

    [Theory]
    [InlineData("摆摊又堵路")]
    [InlineData("道")]
    [InlineData("5")]
    [InlineData("第九个")]
    [InlineData("o")]
    [InlineData("   ")]
    [InlineData("天气不错")]
    public void An_ambiguous_or_unrelated_answer_picks_nothing(string answer)
    {
        Assert.Null(ChoiceRecognizer.Recognize(answer, Kinds));
    }

    [Fact]
    public void A_number_comes_before_a_choice_whose_text_is_that_number()
    {
        Choice[] floors = [new("3"), new("1"), new("2")];

        Assert.Equal("1", ChoiceRecognizer.Recognize("2", floors)?.Value);
    }

    [Fact]
    public void A_number_out_of_range_falls_back_to_the_text()
    {
        Choice[] sizes = [new("10"), new("20")];

        Assert.Equal(1, ChoiceRecognizer.Recognize("20", sizes)?.Index);
    }
}
