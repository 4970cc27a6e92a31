using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ZoneBot.Bot.State;
using ZoneBot.Data.State;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.State;

/// <summary>
/// Conversations stored while a prompt's question was a Bot Framework Activity go on after the upgrade: the question reads
/// back as a <see cref="PromptQuestion"/> with the same text, speech, buttons and photo, and is written anew in its own few fields.
/// </summary>
public sealed class StoredQuestionsTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_filing_half_way_stored_with_its_question_as_an_Activity_asks_the_same_question_and_goes_on_to_its_ticket()
    {
        var chat = bot.NewChat();
        var key = await StoreAsync(chat, "filing-mid-form-before.json");

        // The bot had asked whether it is urgent: an answer that is none of its choices gets the same question, with its buttons.
        var again = Assert.Single(await chat.SendAsync(MessageFactory.Text("东门外那一段，靠近保安亭")));
        Assert.EndsWith("这件事紧急吗？", again.Text);
        Assert.Equal(["一般", "紧急"], again.SuggestedActions.Actions.Select(action => action.Title));
        var stored = await StoredAsync(key);
        Assert.Contains("\"Prompt\":{\"Text\":\"这件事紧急吗？\"}", stored);
        Assert.DoesNotContain("inputHint", stored);

        Assert.Contains("现场照片", await chat.SayAsync("不着急，一般吧"));
        Assert.Contains("联系人怎么称呼", await chat.SayAsync("没有"));
        await chat.SayAsync("王先生");
        await chat.SayAsync("13905741234");
        var summary = await chat.SayAsync("跳过");
        Assert.Contains("问题描述：园区东门外的路灯坏了一个星期，晚上下班很不安全", summary);
        Assert.Contains("紧急程度：一般", summary);
        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", await chat.SayAsync("确认提交"));
    }

    [Fact]
    public async Task Questions_stored_as_Activities_with_buttons_a_photo_speech_and_retry_prompts_read_back_the_same_in_Chinese_and_English()
    {
        var chat = bot.NewChat();
        var key = await StoreAsync(chat, "prompts-with-buttons-before.json");

        var (review, inspect) = await PromptsAsync(chat);
        Assert.Equal(("华信电器 消防通道：已清理，见照片", (string?)null), (review.Prompt!.Text, review.Prompt.Speak));
        Assert.Equal(["通过", "退回整改"], review.Prompt.Buttons);
        Assert.Equal(new PromptAttachment("image/jpeg", "https://zone.example/directline/attachments/a1", "photo-1.jpg"), Assert.Single(review.Prompt.Attachments!));
        Assert.Equal("请回复“通过”或“退回整改”", review.RetryPrompt!.Text);
        Assert.Null(review.RetryPrompt.Buttons);
        Assert.Null(review.RetryPrompt.Attachments);
        Assert.Equal(("帮助", 3), (review.HelpText, review.MaxAttempts));
        Assert.Equal(("Item 2 of 5: fire exits", "<speak>Item 2 of 5</speak>"), (inspect.Prompt!.Text, inspect.Prompt.Speak));
        Assert.Equal(["Pass", "Hazard"], inspect.Prompt.Buttons);
        Assert.Null(inspect.Prompt.Attachments);
        Assert.Equal("Please answer Pass or Hazard", inspect.RetryPrompt!.Text);
        Assert.Equal(["Pass"], inspect.RetryPrompt.Buttons);

        // Written in the new fields once, then read back the same; a turn that changes nothing then writes nothing.
        var rewritten = await StoredAsync(key);
        Assert.Contains("\"Buttons\":[\"Pass\",\"Hazard\"]", rewritten);
        Assert.DoesNotContain("suggestedActions", rewritten);
        var (reviewAgain, inspectAgain) = await PromptsAsync(chat);
        Assert.Equivalent((review, inspect), (reviewAgain, inspectAgain), strict: true);
        Assert.Equal(rewritten, await StoredAsync(key));
        var etag = await ETagAsync(key);
        await PromptsAsync(chat);
        Assert.Equal(etag, await ETagAsync(key));
    }

    // A turn of the stored conversation that reads both prompts' options and saves.
    private async Task<(PromptOptions Review, PromptOptions Inspect)> PromptsAsync(Chat chat)
    {
        var store = new ConversationStore(new SqlStorage(new BotStateStore(bot.Database, TimeProvider.System), TimeProvider.System));
        var dialogs = store.CreateProperty<DialogState>(nameof(DialogState));
        var turn = new TurnContext(new TestAdapter(), new Activity
        {
            Type = ActivityTypes.Message, ChannelId = chat.ChannelId, Conversation = new() { Id = chat.ConversationId },
            From = new() { Id = chat.UserId }, Recipient = new() { Id = "bot" },
        });
        var stack = (await dialogs.GetAsync(turn)).DialogStack;
        var options = stack.Select(instance => StateValues.GetOrAdd(instance.State, "options", () => new PromptOptions())).ToList();
        await store.SaveChangesAsync(turn);
        return (options[0], options[1]);
    }

    private async Task<string> StoreAsync(Chat chat, string fixture)
    {
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "State", fixture));
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        await new BotStateStore(bot.Database, TimeProvider.System).WriteAsync(key, before.Trim());
        return key;
    }

    private async Task<string> StoredAsync(string key) => (await new BotStateStore(bot.Database, TimeProvider.System).ReadAsync([key])).Single().Data;

    private async Task<string> ETagAsync(string key) => (await new BotStateStore(bot.Database, TimeProvider.System).ReadAsync([key])).Single().ETag;
}
