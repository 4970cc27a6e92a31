using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tests.Vocabulary;

/// <summary>
/// The word lists that choices name, read from the bot's files as each list's recognizers read them: Entities and
/// Prompts in both locales, Vocabulary and Safety in the chat's own.
/// </summary>
public sealed class ChoiceWordListsTests
{
    private static readonly ChoiceWordLists Lists = new(new EntityWords(), new WordLists(), new SafetyWords());

    [Theory]
    [InlineData("zh-CN", "Entities/urgency.urgent", "十万火急", true)]
    [InlineData("zh-CN", "Entities/urgency.urgent", "as soon as possible", true)]
    [InlineData("en-US", "Entities/urgency.urgent", "十万火急", true)]
    [InlineData("en-US", "Entities/category.safety", "灭火器", true)]
    [InlineData("zh-CN", "Prompts/confirm.no", "no", true)]
    [InlineData("en-US", "Prompts/confirm.no", "不用", true)]
    [InlineData("zh-CN", "Vocabulary/verify.sms", "发短信", true)]
    [InlineData("en-US", "Vocabulary/verify.sms", "发短信", false)]
    [InlineData("en-US", "Vocabulary/page.next", "next page", true)]
    [InlineData("zh-CN", "Safety/helped.yes", "解决了", true)]
    [InlineData("en-US", "Safety/helped.yes", "有帮助", false)]
    public void A_key_names_a_list_of_a_folder_read_in_the_locales_that_folders_recognizers_read(string locale, string key, string word, bool has)
    {
        Assert.Equal(has, Lists.Of(locale, key).Contains(word));
    }

    // The lists the dialogs' choices name: a list renamed in its file would leave the choice with its title alone.
    [Theory]
    [InlineData("Entities/urgency.normal")]
    [InlineData("Entities/urgency.urgent")]
    [InlineData("Entities/category.party_building")]
    [InlineData("Entities/category.safety")]
    [InlineData("Entities/category.environment")]
    [InlineData("Entities/category.social_affairs")]
    [InlineData("Entities/category.enterprise_service")]
    [InlineData("Entities/team.party_members")]
    [InlineData("Entities/team.safety_patrol")]
    [InlineData("Entities/team.river_keepers")]
    [InlineData("Prompts/confirm.no")]
    [InlineData("Vocabulary/consent.agree")]
    [InlineData("Vocabulary/consent.decline")]
    [InlineData("Vocabulary/verify.sms")]
    [InlineData("Vocabulary/verify.liaison")]
    [InlineData("Vocabulary/verify.later")]
    [InlineData("Vocabulary/fileIssue.submit")]
    [InlineData("Vocabulary/fileIssue.edit")]
    [InlineData("Vocabulary/page.next")]
    [InlineData("Safety/helped.yes")]
    [InlineData("Safety/helped.no")]
    public void Every_list_a_choice_names_has_words_in_both_locales(string key)
    {
        Assert.NotEmpty(Lists.Of("zh-CN", key));
        Assert.NotEmpty(Lists.Of("en-US", key));
    }

    [Theory]
    [InlineData("urgency.urgent")]
    [InlineData("Entities/no.such.list")]
    [InlineData("Phrases/fileIssue")]
    public void A_key_without_its_folder_or_naming_no_list_has_no_words(string key)
    {
        Assert.Empty(Lists.Of("zh-CN", key));
    }
}
