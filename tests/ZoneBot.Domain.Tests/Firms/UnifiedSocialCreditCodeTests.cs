using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Firms;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    [InlineData("91440300708461136T")]
    public void A_published_code_is_valid(string code)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        Assert.Equal(CreditCodeStatus.Valid, result.Status);
        Assert.True(result.IsValid);
        Assert.Equal(code, result.NormalisedCode);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91110108551385082", 'Q')]
    [InlineData("91440300708461136", 'T')]
    public void The_check_character_follows_GB_32100(string first17, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91110108551385082R")]
    public void A_wrong_check_character_is_a_mismatch(string code)
    {
        Assert.Equal(CreditCodeStatus.CheckCharacterMismatch, UnifiedSocialCreditCode.Validate(code).Status);
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
    }

    [Fact]
    public void Two_swapped_characters_are_caught()
    {
        Assert.Equal(CreditCodeStatus.CheckCharacterMismatch, UnifiedSocialCreditCode.Validate("91350100M000010Y43").Status);
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("9135")]
    [InlineData("慈溪市华信电器有限公司")]
    public void A_code_of_another_length_is_the_wrong_length(string code)
    {
        Assert.Equal(CreditCodeStatus.WrongLength, UnifiedSocialCreditCode.Validate(code).Status);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void A_letter_outside_the_alphabet_is_illegal(char letter)
    {
        var code = "91350100" + letter + "000100Y43";

        var result = UnifiedSocialCreditCode.Validate(code);

        Assert.Equal(CreditCodeStatus.IllegalCharacter, result.Status);
        Assert.Equal(code, result.NormalisedCode);
    }

    [Theory]
    [InlineData("91350100M000100Y4-")]
    [InlineData("91350100M000100Y4中")]
    public void Punctuation_and_Chinese_characters_are_illegal(string code)
    {
        Assert.Equal(CreditCodeStatus.IllegalCharacter, UnifiedSocialCreditCode.Validate(code).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Nothing_but_spaces_is_empty(string? input)
    {
        var result = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal(CreditCodeStatus.Empty, result.Status);
        Assert.Equal(string.Empty, result.NormalisedCode);
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("  91350100M000100Y43  ")]
    [InlineData("9135 0100 M000 100Y 43")]
    [InlineData("\t91350100M000100Y43\n")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("９１３５０１００ｍ０００１００ｙ４３")]
    [InlineData("\u30009135\u30000100M000100Y43\u3000")]
    public void What_people_type_is_normalised_before_checking(string input)
    {
        var result = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal(CreditCodeStatus.Valid, result.Status);
        Assert.Equal("91350100M000100Y43", result.NormalisedCode);
    }

    [Fact]
    public void Lower_case_outside_the_alphabet_is_still_illegal_after_upper_casing()
    {
        Assert.Equal(CreditCodeStatus.IllegalCharacter, UnifiedSocialCreditCode.Validate("91350100i000100Y43").Status);
    }

    [Theory]
    [InlineData("9135")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100I000100Y4")]
    [InlineData("91350100m000100Y4")]
    public void Computing_a_check_character_needs_17_characters_of_the_alphabet(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void Every_first_17_gets_a_check_character_that_makes_it_valid()
    {
        var first17 = "91330282MA2AB3C4D";

        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }
}
