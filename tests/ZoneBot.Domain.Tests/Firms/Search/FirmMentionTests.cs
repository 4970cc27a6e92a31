using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Firms.Search;

/// <summary>Firms named inside a sentence, and names typed with one slip (a sound-alike character, one wrong, missing or extra).</summary>
public sealed class FirmMentionTests
{
    private static readonly SoundAlikeCharacters Sounds = new(["盛胜圣", "隆龙"]);

    private static readonly FirmIndex Index = new(
    [
        new FirmListing(1, "913302823523205255", "宁波永盛灯具科技有限公司", "永盛灯具", "兴慈二路", 3),
        new FirmListing(2, "91330282MA2M5YAU27", "慈溪市荣隆厨具厂", "荣隆厨具", "新兴大道", 1),
        new FirmListing(3, "91330282MA212T9K6X", "宁波伟龙厨具股份有限公司", "伟龙厨具", "新兴大道", 1),
        new FirmListing(4, "91330282MA268EM42T", "慈溪市华信电器有限公司", "华信电器", "新兴大道", 1),
        new FirmListing(5, "91330282MA2XXXXX01", "慈溪市荣龙电器有限公司", "荣龙电器", "兴慈一路", 2),
    ], Sounds);

    [Theory]
    [InlineData("我是宁波永盛灯具科技有限公司的，厂区东门消防通道被堵住了", 1)]
    [InlineData("永盛灯具归哪个网格", 1)]
    [InlineData("永胜灯具归哪个网格", 1)]
    [InlineData("慈溪荣龙厨具门口的路灯坏了", 2)]
    [InlineData("我们是913302823523205255", 1)]
    public void A_firm_named_in_a_sentence_is_found_as_the_one_firm(string text, long firmId)
    {
        var mention = Index.FindIn(text);

        Assert.NotNull(mention);
        Assert.Equal(firmId, mention.Single?.Id);
    }

    [Theory]
    [InlineData("路灯不亮了")]
    [InlineData("厂门口的路积水很深，车进不来")]
    [InlineData("隔壁厂晚上偷排废气")]
    [InlineData("谢谢")]
    public void A_sentence_naming_no_firm_finds_none(string text) => Assert.Null(Index.FindIn(text));

    [Fact]
    public void One_real_slip_names_the_candidates_instead_of_choosing()
    {
        var mention = Index.FindIn("华信电汽的电线漏电");

        Assert.NotNull(mention);
        Assert.Contains(mention.Matches, match => match.Firm.Id == 4);
        Assert.All(mention.Matches, match => Assert.True(match.Score < FirmIndex.ExactScore));
    }

    [Theory]
    [InlineData("永胜灯具", 1)]
    [InlineData("荣龙厨具", 2)]
    [InlineData("慈溪荣龙厨具", 2)]
    public void A_search_with_a_sound_alike_character_finds_the_one_firm(string query, long firmId) =>
        Assert.Equal(firmId, Index.Search(query).Single?.Id);

    [Fact]
    public void Without_sound_alike_characters_a_wrong_character_is_only_a_candidate()
    {
        var plain = new FirmIndex([new FirmListing(2, "91330282MA2M5YAU27", "慈溪市荣隆厨具厂", "荣隆厨具", null, 1), new FirmListing(3, "91330282MA212T9K6X", "宁波伟龙厨具股份有限公司", "伟龙厨具", null, 1)]);

        var found = plain.Search("荣龙厨具");

        Assert.Null(found.Single);
        Assert.Equal([2L, 3L], found.Matches.Select(match => match.Firm.Id).Order());
    }

    [Theory]
    [InlineData("永盛灯具", "永胜灯具", 0.5)]
    [InlineData("永盛灯具", "永灯具", 1)]
    [InlineData("永盛灯具", "永盛灯具厂", 1)]
    [InlineData("永盛灯具", "天发灯具", 2)]
    public void Name_distance_counts_slips_and_sound_alikes_at_half(string first, string second, double distance) =>
        Assert.Equal(distance, NameDistance.Between(first, second, Sounds));
}
