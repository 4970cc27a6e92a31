using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>A question a flow may ask, recognised by its text (<see cref="Asked"/>), and the script's answer to it.</summary>
public sealed record Question(string Name, Expect Asked, string Answer)
{
    /// <summary>A question recognised by the bot's text <paramref name="key"/>, whatever its placeholders hold.</summary>
    public static Question Of(string key, string answer) => new(key, Expect.Says(key), answer);

    /// <summary>
    /// Answers the questions in whatever order the flow asks them, each at most once, until a reply is
    /// <paramref name="done"/>; a reply that is neither a question left nor done is a wrong reply. So a flow that
    /// asks in another order, or learns to skip a question it can infer, still runs; a flow that loops does not.
    /// </summary>
    public static async Task<BotReply> AnswerUntilAsync(Conversation chat, BotReply reply, IReadOnlyList<Question> questions, Expect done)
    {
        var left = questions.ToList();
        while (!done.Check(reply))
        {
            var question = left.FirstOrDefault(candidate => candidate.Asked.Check(reply))
                ?? throw new WrongReplyException(
                    $"expected {done.Description} or one of the questions {string.Join(", ", left.Select(candidate => candidate.Name))}, got “{Shorten(reply.Text)}”");
            left.Remove(question);
            reply = await chat.SayAsync(question.Answer, Expect.Anything, key: question.Name);
        }
        return reply;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
