using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

/// <summary>
/// A choice that names a word list (<see cref="Choice.Words"/>) is picked by the list's words, read in the answer's
/// locale when the answer comes, as if they were its own synonyms; the state keeps the key, not the words.
/// </summary>
public class ChoiceWordListsTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    private static readonly Choice[] Urgencies =
    [
        new("一般", "normal") { Words = ["urgency.normal"] },
        new("紧急", "urgent") { Words = ["urgency.urgent", "urgency.danger"] },
    ];

    [Theory]
    [InlineData(Zh, "十万火急", 1)]
    [InlineData(Zh, "越快越好！", 1)]
    [InlineData(Zh, "有危险，快来人", 1)]
    [InlineData(Zh, "不着急，慢慢来吧", 0)]
    [InlineData(Zh, "normal", 0)]
    [InlineData(En, "ASAP", 1)]
    [InlineData(En, "it is dangerous", 1)]
    [InlineData(En, "no hurry.", 0)]
    [InlineData(En, "2", 1)]
    public void A_word_of_a_list_the_choice_names_picks_it_in_the_answers_locale(string locale, string answer, int index)
    {
        Assert.Equal(index, ChoiceRecognizer.Recognize(answer, Urgencies, new Lists(), locale)?.Index);
    }

    [Fact]
    public void A_word_only_another_locales_list_has_picks_nothing()
    {
        Assert.Null(ChoiceRecognizer.Recognize("越快越好", Urgencies, new Lists(), En));
        Assert.Null(ChoiceRecognizer.Recognize("asap", Urgencies, new Lists(), Zh));
    }

    [Fact]
    public void A_choice_that_names_a_list_cannot_be_read_without_the_lists()
    {
        Assert.Throws<InvalidOperationException>(() => ChoiceRecognizer.Recognize("十万火急", Urgencies));
        // The number and the choice's own text need no list.
        Assert.Equal(1, ChoiceRecognizer.Recognize("紧急", Urgencies)?.Index);
    }

    [Theory]
    [InlineData(Zh, "十万火急", true)]
    [InlineData(Zh, "Urgent", true)]
    [InlineData(Zh, "快来人了吗", false)]
    [InlineData(En, "asap", true)]
    [InlineData(En, "十万火急", false)]
    public void A_word_of_a_named_list_is_the_prompts_own_answer_when_it_is_the_whole_message(string locale, string text, bool claimed)
    {
        var prompt = new ChoicePrompt("urgency", TestLocalizer.Instance, words: new Lists());
        var instance = new DialogInstance { Id = "urgency", State = new Dictionary<string, object?> { ["options"] = new PromptOptions { Choices = Urgencies } } };
        var turn = new TurnContext(new TestAdapter(), new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale });

        Assert.Equal(claimed, prompt.ClaimsAnswer(turn, instance));
    }

    [Fact]
    public async Task A_stored_choice_keeps_its_key_and_own_synonyms_only_and_is_picked_by_the_lists_words_after_a_reload()
    {
        var prompt = new ChoicePrompt("urgency", TestLocalizer.Instance, words: new Lists());
        var storage = new PlainJsonStorage();
        var harness = DialogHarness.ForPrompt(prompt, Ask.Choices("这件事紧急吗？", [.. Urgencies, new Choice("不知道")]), storage: storage);
        await harness.Flow().Send("报事").AssertReply(reply => Assert.StartsWith("这件事紧急吗？", reply.AsMessageActivity().Text)).StartTestAsync();

        var written = Assert.Single(storage.Items.Values);
        Assert.Contains("""{"Value":"一般","Synonyms":["normal"],"Words":["urgency.normal"]}""", written);
        Assert.Contains("""{"Value":"不知道"}""", written);
        Assert.DoesNotContain("越快越好", written);

        var root = Assert.Single((await harness.SavedStateAsync()).DialogStack);
        var waiting = StateValues.GetOrAdd(root.State, "dialogs", () => new DialogState()).DialogStack.Single(instance => instance.Id == "urgency");
        var urgent = StateValues.GetOrAdd(waiting.State, "options", () => new PromptOptions()).Choices![1];
        Assert.Equal(["urgency.urgent", "urgency.danger"], urgent.Words);
        Assert.Equal(["urgent"], urgent.Synonyms);

        await harness.Flow().Send("越快越好").AssertReply("result: 紧急#1").StartTestAsync();
    }

    /// <summary>Word lists by locale, as the bot's files hold them: each locale its own words.</summary>
    private sealed class Lists : IChoiceWords
    {
        private static readonly Dictionary<(string, string), string[]> Words = new()
        {
            [(Zh, "urgency.normal")] = ["不急", "不着急", "慢慢来"],
            [(Zh, "urgency.urgent")] = ["十万火急", "越快越好", "快来人"],
            [(Zh, "urgency.danger")] = ["危险"],
            [(En, "urgency.normal")] = ["no hurry", "not urgent"],
            [(En, "urgency.urgent")] = ["asap", "as soon as possible"],
            [(En, "urgency.danger")] = ["dangerous"],
        };

        public IReadOnlyList<string> Of(string locale, string key) => Words.GetValueOrDefault((locale, key)) ?? [];
    }
}
