using System.Text.Json;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tests.Localization;

/// <summary>
/// The word lists are data (Vocabulary, Entities, Phrases, Prompts): each loads for both locales, and
/// no list the bot reads is empty, so a word list moved out of C# cannot silently stop matching.
/// </summary>
public sealed class WordFilesTests
{
    public static TheoryData<string> Locales => new() { Core.Locales.Chinese, Core.Locales.English };

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_vocabulary_list_has_words_in_each_locale(string locale)
    {
        var file = new WordLists().File(locale);

        Assert.Contains("page.next", file.Keys);
        Assert.Contains("bind.command", file.Keys);
        Assert.DoesNotContain(file, list => list.Value.Length == 0);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_entity_list_has_words_in_each_locale_with_the_other_locales_words_after_its_own(string locale)
    {
        var words = new EntityWords();
        var keys = Resource<Dictionary<string, string[]>>(typeof(EntityWords), $"Entities.{locale}.json").Keys.Where(key => key != "soundAlike").ToList();

        Assert.Contains("team.suffix", keys);
        Assert.Contains("team.safety_patrol", keys);
        Assert.DoesNotContain(keys, key => words.For(locale, key).Count == 0);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_intent_has_phrases_in_each_locale(string locale)
    {
        var phrases = Resource<Dictionary<string, string[]>>(typeof(EntityWords), $"Phrases.{locale}.json");

        Assert.NotEmpty(phrases);
        Assert.DoesNotContain(phrases, list => list.Value.Length == 0);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void The_prompt_words_load_for_each_locale_and_none_is_empty(string locale)
    {
        var file = Resource<Dictionary<string, string[]>>(typeof(PromptWords), $"PromptWords.{locale}.json");

        Assert.NotEmpty(PromptWords.Of(locale, "confirm.yes"));
        Assert.NotEmpty(PromptWords.Of(locale, "confirm.no"));
        Assert.NotEmpty(PromptWords.Of(locale, "cancel"));
        Assert.DoesNotContain(file, list => list.Value.Length == 0);
        Assert.All(file.Keys, key => Assert.NotEmpty(PromptWords.All(key)));
    }

    [Fact]
    public void The_word_files_are_read_once_not_per_message()
    {
        Assert.Same(ConfirmWords.Yes, ConfirmWords.Yes);
        Assert.Same(InterruptionPhrases.Chinese, InterruptionPhrases.Defaults[Core.Locales.Chinese]);
    }

    private static T Resource<T>(Type inAssemblyOf, string name)
    {
        using var stream = inAssemblyOf.Assembly.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        return JsonSerializer.Deserialize<T>(stream)!;
    }
}
