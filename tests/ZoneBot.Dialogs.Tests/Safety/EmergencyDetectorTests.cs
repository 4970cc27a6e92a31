using System.Text.Json;
using ZoneBot.Dialogs.Safety;
using Xunit.Abstractions;

namespace ZoneBot.Dialogs.Tests.Safety;

/// <summary>
/// The emergency test set (emergency-messages.json): messages as people type them. Every emergency must be
/// found, with the right number to call (no false negatives); the false positives among the others are
/// printed and must stay none.
/// </summary>
public sealed class EmergencyDetectorTests(ITestOutputHelper output)
{
    private static readonly EmergencyDetector Detector = new();

    private static readonly TestSet Set = JsonSerializer.Deserialize<TestSet>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", "emergency-messages.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public void Every_emergency_of_the_test_set_is_found_with_the_number_to_call()
    {
        var missed = Set.Emergencies.Where(message => Detector.Detect(message.Text) is null).Select(message => message.Text).ToList();
        var wrongNumber = Set.Emergencies
            .Where(message => Detector.Detect(message.Text) is { } found && !message.Calls.All(found.Calls.Contains))
            .Select(message => $"{message.Text} → {string.Join("/", Detector.Detect(message.Text)!.Calls)}")
            .ToList();
        output.WriteLine($"{Set.Emergencies.Count} emergencies: {Set.Emergencies.Count - missed.Count} found, {missed.Count} missed, {wrongNumber.Count} with a wrong number");

        Assert.True(Set.Emergencies.Count >= 30, "the test set is too small to mean anything");
        Assert.Empty(missed);
        Assert.Empty(wrongNumber);
    }

    [Fact]
    public void The_other_messages_of_the_test_set_are_not_emergencies()
    {
        var falsePositives = Set.Others
            .Where(text => Detector.Detect(text) is not null)
            .Select(text => $"{text} → {string.Join(",", Detector.Detect(text)!.Kinds)}")
            .ToList();
        output.WriteLine($"{Set.Others.Count} other messages: {falsePositives.Count} false positives");
        foreach (var line in falsePositives)
        {
            output.WriteLine("false positive: " + line);
        }

        Assert.Empty(falsePositives);
    }

    [Theory]
    [InlineData("车间着火了，还有人受伤", "119", "120")]
    [InlineData("有人打架，有人受伤了", "120", "110")]
    public void A_message_with_two_kinds_of_emergency_names_both_numbers_in_order(string text, string first, string second)
    {
        Assert.Equal([first, second], Detector.Detect(text)!.Calls);
    }

    private sealed record TestSet(List<EmergencyMessage> Emergencies, List<string> Others);

    private sealed record EmergencyMessage(string Text, List<string> Calls);
}
