namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// Whether a message tells of a problem: what went wrong ("不亮", "堵住", "进不来") or what it is about
/// (a category word). Such a message at rest starts 报事 with the message as its description.
/// Runs after <see cref="CategoryRecognizer"/>.
/// </summary>
public sealed class ProblemRecognizer(EntityWords words) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Problem;

    /// <summary>A message whose category was found tells of a problem.</summary>
    public MessageFact Uses => MessageFact.Category;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.DescribesProblem = facts.DescribesProblem
            || facts.Category is not null
            || words.FirstIn(utterance.Normalized, utterance.Locale, "problem") is not null;
        return ValueTask.CompletedTask;
    }
}
