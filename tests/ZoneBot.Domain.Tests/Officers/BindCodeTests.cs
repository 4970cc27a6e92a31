using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Officers;

public class BindCodeTests
{
    [Fact]
    public void A_code_has_ten_characters_in_two_groups_and_codes_differ()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => BindCode.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcde-fghjk")]
    [InlineData(" ABCDE FGHJK ")]
    [InlineData("ＡＢＣＤＥ－ＦＧＨＪＫ")]
    public void A_code_is_recognised_however_it_is_typed(string typed)
    {
        Assert.Equal(BindCode.Hash("ABCDE-FGHJK"), BindCode.Hash(typed));
    }

    [Fact]
    public void The_hash_is_not_the_code()
    {
        var hash = BindCode.Hash("ABCDE-FGHJK");

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain("ABCDE", hash, StringComparison.OrdinalIgnoreCase);
    }
}
