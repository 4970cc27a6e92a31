using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Core.Tests.State;

public class StateValuesTests
{
    [Fact]
    public void Numbers_read_back_as_another_numeric_type_convert()
    {
        Assert.Equal(3, StateValues.To<int>(3L));
        Assert.Equal(2.5m, StateValues.To<decimal>(2.5d));
        Assert.Equal(DialogTurnStatus.Cancelled, StateValues.To<DialogTurnStatus>(3L));
        Assert.Equal(Interruption.Help, StateValues.To<Interruption>("help"));
        Assert.Equal(0, StateValues.To<int>(null));
    }

    [Fact]
    public void Prompt_options_saved_without_type_names_come_back_whole()
    {
        var options = new PromptOptions
        {
            Prompt = new PromptQuestion("哪类问题？"),
            Choices = [new Choice("消防通道", "消防")],
            MaxAttempts = 5,
            HelpText = "选一个",
        };
        var saved = JObject.Parse(JsonConvert.SerializeObject(options));

        var read = StateValues.To<PromptOptions>(saved)!;

        Assert.Equal("哪类问题？", read.Prompt!.Text);
        Assert.Equal(["消防"], Assert.Single(read.Choices!).Synonyms);
        Assert.Equal(5, read.MaxAttempts);
        Assert.Equal("选一个", read.HelpText);
    }

    [Fact]
    public void GetOrAdd_writes_a_converted_object_back_so_changes_to_it_are_kept()
    {
        var state = new Dictionary<string, object?> { ["values"] = JObject.Parse("""{"name":"王"}""") };

        var values = StateValues.GetOrAdd(state, "values", () => new Dictionary<string, object?>());
        values["phone"] = "13805741234";

        Assert.Same(values, state["values"]);
        Assert.Equal("王", StateValues.Get<string>(values, "name"));
    }

    [Fact]
    public void GetOrAdd_creates_what_is_missing()
    {
        var state = new Dictionary<string, object?>();

        var created = StateValues.GetOrAdd(state, "dialogs", () => new DialogState());

        Assert.Same(created, state["dialogs"]);
    }
}
