using ZoneBot.Data.State;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.State;

/// <summary>
/// A choice question of 报事 keeps its choices in the conversation's state, not the words of the bot's word lists
/// (<c>Entities</c>: 十万火急, as soon as possible …): those are looked up when the answer comes, so the state written
/// on every turn stays small, and answers typed at the question still work after the bot restarts.
/// </summary>
public sealed class ChoiceWordsStateTests(BotFixture bot) : IClassFixture<BotFixture>
{
    // Measured on a real 报事, in the chat's locale, before the choices named their word lists: 1,635 (zh-CN) / 1,658 (en-US)
    // bytes at the urgency question, 3,214 / 3,225 at the category question; after: 1,245 / 1,286 and 1,656 / 1,874.
    private const int UrgencyStateAtMost = 1_350;
    private const int CategoryStateAtMost = 2_000;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task The_state_at_the_category_and_urgency_questions_holds_the_choices_but_not_their_word_lists(string locale)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(11), locale);

        await chat.SayAsync(English(locale) ? "report an issue" : "报事");
        var atCategory = await StoredAsync(chat);
        Assert.Contains(English(locale) ? "Work and fire safety" : "安全生产和消防安全", atCategory);
        foreach (var word in new[] { "灭火器", "偷排", "党支部", "extinguisher", "wastewater", "subsidy" })
        {
            Assert.DoesNotContain(word, atCategory);
        }
        Assert.InRange(Bytes(atCategory), 1, CategoryStateAtMost);

        await chat.SayAsync(English(locale) ? "Other" : "其他");
        await chat.SayAsync(English(locale) ? "The street light at our east gate has been broken for a week" : "东门外的路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync(English(locale) ? "skip" : "跳过");
        var atUrgency = await StoredAsync(chat);
        Assert.Contains(English(locale) ? "Is it urgent?" : "这件事紧急吗？", atUrgency);
        foreach (var word in new[] { "十万火急", "火烧眉毛", "慢慢来", "as soon as possible", "whenever convenient", "no hurry" })
        {
            Assert.DoesNotContain(word, atUrgency);
        }
        Assert.InRange(Bytes(atUrgency), 1, UrgencyStateAtMost);
    }

    [Theory]
    [InlineData("zh-CN", "挺急的，尽快来", "紧急程度：紧急")]
    [InlineData("zh-CN", "不急", "紧急程度：一般")]
    [InlineData("zh-CN", "不着急，慢慢来吧。", "紧急程度：一般")]
    [InlineData("zh-CN", "2", "紧急程度：紧急")]
    [InlineData("zh-CN", "十万火急！！", "紧急程度：紧急")]
    [InlineData("zh-CN", "urgent please", "紧急程度：紧急")]
    [InlineData("en-US", "urgent please", "Urgency: Urgent")]
    [InlineData("en-US", "No hurry, whenever convenient", "Urgency: Normal")]
    [InlineData("en-US", "2", "Urgency: Urgent")]
    [InlineData("en-US", "ASAP!!", "Urgency: Urgent")]
    [InlineData("en-US", "不急", "Urgency: Normal")]
    public async Task An_answer_to_the_urgency_question_is_understood_by_a_restarted_bot_from_the_stored_state(string locale, string answer, string summaryLine)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(12), locale);
        await chat.SayAsync(English(locale) ? "report an issue" : "报事");
        await chat.SayAsync(English(locale) ? "Other" : "其他");
        await chat.SayAsync(English(locale) ? "The street light at our east gate has been broken for a week" : "东门外的路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync(English(locale) ? "skip" : "跳过");

        await using var restarted = bot.StartInstance();
        var again = chat.ContinueWith(BotFixture.Bot(restarted));
        Assert.Contains(English(locale) ? "photo" : "照片", await again.SayAsync(answer), StringComparison.OrdinalIgnoreCase);
        await again.SayAsync(English(locale) ? "none" : "没有");
        await again.SayAsync(English(locale) ? "Mr Wang" : "王先生");
        await again.SayAsync("13905741234");

        Assert.Contains(summaryLine, await again.SayAsync(English(locale) ? "skip" : "跳过"));
    }

    [Theory]
    [InlineData("zh-CN", "消防通道被堵了，灭火器也过期了", "类别：安全生产和消防安全")]
    [InlineData("zh-CN", "第五个", "类别：企业服务")]
    [InlineData("zh-CN", "环保", "类别：环境保护和五水共治")]
    [InlineData("en-US", "the fire exit is blocked", "Category: Work and fire safety")]
    [InlineData("en-US", "安全生产和消防安全", "Category: Work and fire safety")]
    public async Task An_answer_to_the_category_question_is_understood_by_a_restarted_bot_from_the_stored_state(string locale, string answer, string summaryLine)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(12), locale);
        await chat.SayAsync(English(locale) ? "report an issue" : "报事");

        await using var restarted = bot.StartInstance();
        var again = chat.ContinueWith(BotFixture.Bot(restarted));
        await again.SayAsync(answer);
        await again.SayAsync(English(locale) ? "The street light at our east gate has been broken for a week" : "东门外的路灯坏了一个星期，晚上下班很不安全");
        await again.SayAsync(English(locale) ? "skip" : "跳过");
        await again.SayAsync(English(locale) ? "normal" : "一般");
        await again.SayAsync(English(locale) ? "none" : "没有");
        await again.SayAsync(English(locale) ? "Mr Wang" : "王先生");
        await again.SayAsync("13905741234");

        Assert.Contains(summaryLine, await again.SayAsync(English(locale) ? "skip" : "跳过"));
    }

    private static bool English(string locale) => locale == "en-US";

    private static int Bytes(string state) => System.Text.Encoding.UTF8.GetByteCount(state);

    private async Task<string> StoredAsync(Chat chat) =>
        (await new BotStateStore(bot.Database, TimeProvider.System).ReadAsync([$"{chat.ChannelId}/conversations/{chat.ConversationId}"])).Single().Data;
}
