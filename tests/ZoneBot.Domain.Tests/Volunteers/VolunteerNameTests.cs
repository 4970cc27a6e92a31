using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Volunteers;

public class VolunteerNameTests
{
    [Theory]
    [InlineData("张伟")]
    [InlineData("欧阳娜娜")]
    [InlineData("阿卜杜·热合曼")]
    [InlineData("Li Ming")]
    [InlineData("Anne-Marie O'Neil")]
    [InlineData("José")]
    [InlineData("张三丰张三丰张三丰张三丰张三丰张三丰张三")]
    public void Chinese_or_latin_names_of_2_to_20_characters_are_accepted(string name)
    {
        Assert.Equal(VolunteerNameProblem.None, VolunteerName.Check(VolunteerName.Normalise(name)));
    }

    [Theory]
    [InlineData("张", VolunteerNameProblem.TooShort)]
    [InlineData("", VolunteerNameProblem.TooShort)]
    [InlineData("张三丰张三丰张三丰张三丰张三丰张三丰张三丰", VolunteerNameProblem.TooLong)]
    [InlineData("张3", VolunteerNameProblem.NotLetters)]
    [InlineData("13805741234", VolunteerNameProblem.NotLetters)]
    [InlineData("张三😀", VolunteerNameProblem.NotLetters)]
    [InlineData("张三!", VolunteerNameProblem.NotLetters)]
    [InlineData("李--明", VolunteerNameProblem.NotLetters)]
    public void Other_names_are_refused_with_the_reason(string name, VolunteerNameProblem problem)
    {
        Assert.Equal(problem, VolunteerName.Check(VolunteerName.Normalise(name)));
    }

    [Theory]
    [InlineData("  王 小明 ", "王小明")]
    [InlineData("Ｌｉ　 Ｍｉｎｇ", "Li Ming")]
    [InlineData("阿卜杜•热合曼", "阿卜杜·热合曼")]
    public void Names_are_normalised_before_they_are_checked_and_stored(string typed, string stored)
    {
        Assert.Equal(stored, VolunteerName.Normalise(typed));
    }
}
