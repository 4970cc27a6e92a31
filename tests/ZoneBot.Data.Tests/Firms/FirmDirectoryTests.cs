using Dapper;
using ZoneBot.Domain;
using ZoneBot.Testing;
using ZoneBot.Data.Firms;

namespace ZoneBot.Data.Tests.Firms;

public sealed class SqliteFirmDirectoryTests(SeededDatabase<SqliteProvider> seeded) : FirmDirectoryTests<SqliteProvider>(seeded);

public sealed class PostgresFirmDirectoryTests(SeededDatabase<PostgresProvider> seeded) : FirmDirectoryTests<PostgresProvider>(seeded);

/// <summary>The firm search on the demo zone's 743 firms, with names typed the way people type them.</summary>
public abstract class FirmDirectoryTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private const string Huaxin = "慈溪市华信电器有限公司";
    private readonly FirmDirectory _firms = new(seeded.Database, TimeProvider.System);

    [DatabaseTheory]
    [InlineData("慈溪市华信电器有限公司")]   // the registered name
    [InlineData("华信电器")]                 // the short name
    [InlineData("华信电器有限公司")]         // without the place prefix
    [InlineData("慈溪华信电器")]             // without the legal suffix
    [InlineData("宁波华信电器厂")]           // another prefix and suffix
    [InlineData("华信 电器")]                // a space
    [InlineData("ＨＵＡ华信电器")]            // stray letters before the name
    [InlineData("华信电器　")]               // a full-width space
    [InlineData("华信电气")]                 // one wrong character
    public async Task A_name_as_people_type_it_finds_the_firm_first(string typed)
    {
        var result = await _firms.SearchAsync(typed);

        Assert.NotEmpty(result.Matches);
        Assert.Equal(Huaxin, result.Matches[0].Firm.Name);
    }

    [DatabaseTheory]
    [InlineData("慈溪市华信电器有限公司")]
    [InlineData("华信电器")]
    public async Task An_exact_name_wins_outright_over_similar_names(string typed)
    {
        var result = await _firms.SearchAsync(typed);

        Assert.True(result.Matches[0].IsExact);
        Assert.All(result.Matches.Skip(1), match => Assert.False(match.IsExact));
        Assert.Equal(Huaxin, result.Single?.Name);
    }

    [DatabaseFact]
    public async Task A_typo_ranks_below_an_exact_match_of_another_firm()
    {
        var exact = await _firms.SearchAsync("佳信电器");

        Assert.Equal("慈溪市佳信电器有限公司", exact.Single?.Name);
        Assert.True(exact.Matches[0].Score > exact.Matches[1].Score);
    }

    [DatabaseFact]
    public async Task A_credit_code_finds_its_firm_in_any_case_and_spacing()
    {
        var result = await _firms.SearchAsync(" 91330282ma268em42t ");

        Assert.Equal(Huaxin, result.Single?.Name);
        Assert.True(result.CreditCode?.IsValid);
    }

    [DatabaseFact]
    public async Task A_mistyped_credit_code_is_reported_as_such_not_as_not_found()
    {
        var result = await _firms.SearchAsync("91330282MA268EM42A");

        Assert.True(result.IsInvalidCreditCode);
        Assert.Equal(CreditCodeStatus.CheckCharacterMismatch, result.CreditCode!.Status);
        Assert.Empty(result.Matches);
    }

    [DatabaseFact]
    public async Task A_valid_credit_code_of_no_firm_here_finds_nothing()
    {
        var code = "91330282MA000000" + "1";
        code += UnifiedSocialCreditCode.ComputeCheckCharacter(code);

        var result = await _firms.SearchAsync(code);

        Assert.False(result.IsInvalidCreditCode);
        Assert.Empty(result.Matches);
    }

    [DatabaseFact]
    public async Task A_common_word_gives_a_short_ranked_list_not_every_firm()
    {
        var result = await _firms.SearchAsync("电器", limit: 5);

        Assert.Equal(5, result.Matches.Count);
        Assert.Null(result.Single);
        Assert.All(result.Matches, match => Assert.Contains("电器", match.Firm.Name));
    }

    [DatabaseTheory]
    [InlineData("宇宙飞船制造")]
    [InlineData("a")]
    [InlineData("")]
    public async Task Unrelated_words_find_nothing(string typed)
    {
        Assert.Empty((await _firms.SearchAsync(typed)).Matches);
    }

    [DatabaseFact]
    public async Task A_firm_added_to_the_table_is_found_after_the_index_is_invalidated()
    {
        await using (var connection = await seeded.Database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO firms (credit_code, name, short_name, address, road, industry, colour, grid_id)
                VALUES ('91330282MA00000019', '慈溪市星河光电有限公司', '星河光电', '测试路1号', '测试路', 'lighting', 'green', 1)
                """);
        }
        _firms.Invalidate();

        Assert.Equal("慈溪市星河光电有限公司", (await _firms.SearchAsync("星河光电")).Single?.Name);
    }

    [DatabaseFact]
    public async Task Roads_are_listed_once_each_longest_first()
    {
        var roads = await _firms.RoadsAsync();

        Assert.Equal(roads.Distinct(), roads);
        Assert.Equal(roads.OrderByDescending(road => road.Length), roads);
        Assert.Contains("新兴大道", roads);
    }
}
