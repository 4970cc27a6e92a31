namespace ZoneBot.Dialogs.Core.Tests.Localization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  ＨＥＬＬＯ  ", "hello")]
    [InlineData("１２３", "123")]
    [InlineData("？", "?")]
    [InlineData("start   over", "start over")]
    [InlineData(null, "")]
    public void Normalize_folds_width_and_case_and_trims(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("好的。", "好的")]
    [InlineData("Yes!", "yes")]
    [InlineData("可以～", "可以")]
    [InlineData("?", "?")]
    public void An_answer_loses_its_closing_punctuation_but_not_a_question_mark(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeAnswer(text));
    }
}
