using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

/// <summary>
/// A prompt's question kept in state as a <see cref="PromptQuestion"/>: each turn reads it back from the stored text
/// (the harness's storage keeps only JSON) and asks it with its buttons, the retry prompt with its own.
/// </summary>
public class PromptQuestionTests
{
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Theory]
    [InlineData(Locales.English, "Item 2 of 5: are the fire exits clear?", "Pass", "Hazard", "Please tap Pass or Hazard.", "not sure yet, let me go and look at the back door", "hazard")]
    [InlineData(Locales.Chinese, "第2项（共5项）：消防通道是否畅通？", "合格", "有隐患", "请点“合格”或“有隐患”。", "我先去后门看看再说吧", "有隐患")]
    public async Task A_question_and_its_retry_prompt_are_asked_with_their_own_buttons_turn_after_turn(
        string locale, string question, string pass, string hazard, string retry, string unsure, string answer)
    {
        PromptValidator<string> oneOfTheButtons = (context, ct) =>
            Task.FromResult(new[] { pass, hazard }.Contains(context.Recognized.Value, StringComparer.OrdinalIgnoreCase));
        var options = new PromptOptions
        {
            Prompt = new PromptQuestion(question, pass, hazard) { Speak = question },
            RetryPrompt = new PromptQuestion(retry, pass, hazard),
        };
        var harness = DialogHarness.ForPrompt(new TextPrompt("item", Texts, oneOfTheButtons), options, locale);

        void Asked(IActivity reply, string text, string? speak)
        {
            var message = reply.AsMessageActivity();
            Assert.Equal((text, speak, InputHints.ExpectingInput), (message.Text, message.Speak, message.InputHint));
            Assert.Equal([pass, hazard], message.SuggestedActions.Actions.Select(action => action.Title));
            Assert.All(message.SuggestedActions.Actions, action => Assert.Equal((ActionTypes.ImBack, action.Title), (action.Type, (string)action.Value)));
        }

        await harness.Flow()
            .Send("go").AssertReply(reply => Asked(reply, question, question))
            .Send(unsure).AssertReply(reply => Asked(reply, retry, null))
            .Send(unsure).AssertReply(reply => Asked(reply, retry, null))
            .Send(answer).AssertReply($"result: {answer}")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_is_kept_as_its_own_few_fields_not_as_a_message()
    {
        var options = new PromptOptions
        {
            Prompt = new PromptQuestion("请审核整改：消防通道已清理", "通过", "退回整改")
            {
                Attachments = [new PromptAttachment("image/jpeg", "https://zone.example/directline/attachments/a1", "整改后.jpg")],
            },
            RetryPrompt = new PromptQuestion("请点“通过”或“退回整改”。"),
        };
        var storage = new PlainJsonStorage();
        var harness = new DialogHarness(
            new ComponentDialog("root")
                .AddDialog(new WaterfallDialog("ask", [(step, ct) => step.PromptAsync("review", options, ct)]))
                .AddDialog(new TextPrompt("review", Texts)),
            storage: storage);

        await harness.Flow().Send("审核").AssertReply(reply => Assert.Single(reply.AsMessageActivity().Attachments)).StartTestAsync();

        var stored = Assert.Single(storage.Items.Values);
        Assert.Contains("""
            "Prompt":{"Text":"请审核整改：消防通道已清理","Buttons":["通过","退回整改"],"Attachments":[{"ContentType":"image/jpeg","ContentUrl":"https://zone.example/directline/attachments/a1","Name":"整改后.jpg"}]},"RetryPrompt":{"Text":"请点“通过”或“退回整改”。"}
            """, stored);
        Assert.DoesNotContain("inputHint", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"type\"", stored);
    }
}
