using ZoneBot.Benchmarks.Micro;

namespace ZoneBot.Benchmarks.Tests.Micro;

/// <summary>The state JSON benchmark times each of its documents as the urgency question it says it is.</summary>
public sealed class StateJsonBenchmarksTests
{
    [Theory]
    [InlineData("as stored")]
    [InlineData("as written back")]
    [InlineData("choices by word list")]
    public async Task Each_document_reads_back_as_the_urgency_question_its_choices_named_as_it_says(string document)
    {
        var benchmark = new StateJsonBenchmarks { Document = document };
        await benchmark.SetupAsync();

        var options = await benchmark.ReadAndWrite();

        Assert.Equal(2, options.Choices!.Count);
        Assert.All(options.Choices, choice => Assert.Equal(document == "choices by word list", choice.Words is { Count: > 0 }));
        Assert.All(options.Choices, choice => Assert.Equal(document == "choices by word list", choice.Synonyms.Count == 1));
    }
}
