namespace ZoneBot.Dialogs.Core.Tests.Prompts;

/// <summary>Numerals read by the Recognizers' NumberRecognizer, for choices and grid numbers alike.</summary>
public class NumeralsTests
{
    [Theory]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十三", 23)]
    [InlineData("两", 2)]
    [InlineData("三", 3)]
    [InlineData("3", 3)]
    [InlineData("３", 3)]
    public void A_whole_numeral_is_its_number(string text, int number)
    {
        Assert.Equal(number, Numerals.Read(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("好的")]
    [InlineData("十二号")]
    [InlineData("一点五")]
    public void What_is_not_one_whole_numeral_is_no_number(string text)
    {
        Assert.Null(Numerals.Read(text));
    }

    [Theory]
    [InlineData("3号", 2)]
    [InlineData("三号", 2)]
    [InlineData("第十个", 9)]
    [InlineData("第十二个", 11)]
    [InlineData("选两", 1)]
    [InlineData("the third one", 2)]
    [InlineData("option 12", 11)]
    public void A_choice_is_picked_by_its_number_written_as_people_write_it(string answer, int index)
    {
        var choices = Enumerable.Range(1, 12).Select(n => new Choice($"choice {n}")).ToList();

        Assert.Equal(index, ChoiceRecognizer.Recognize(answer, choices)?.Index);
    }
}
