namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// One virtual user's conversation, as a scenario script sees it: say something, get the replies, which
/// must be what the script expects. Every turn is timed; a wrong reply ends the conversation as an error.
/// </summary>
public sealed class Conversation(BotHttpClient bot, TurnRecorder recorder, RunClock clock, string scenario, string id, CancellationToken ct)
{
    public string Id { get; } = id;

    /// <summary>A new chat user per conversation, unless the script speaks as someone who has one (<see cref="SpeakAs"/>).</summary>
    public string UserId { get; private set; } = "user-" + id;

    /// <summary>The run's cancellation, for what a script awaits besides its turns.</summary>
    public CancellationToken Cancellation => ct;

    /// <summary>The conversation is held by the chat user <paramref name="userId"/> (an officer who bound that chat).</summary>
    public void SpeakAs(string userId) => UserId = userId;

    /// <summary>When the turn under way (or the last one) started, to date an error.</summary>
    public long LastTurnStarted { get; private set; } = RunClock.Now;

    /// <exception cref="RunOverException">The measured window is over: the user stops here.</exception>
    /// <exception cref="WrongReplyException">The reply is not what <paramref name="expect"/> says.</exception>
    public async Task<BotReply> SayAsync(string text, Expect expect, string? key = null)
    {
        if (clock.Over)
        {
            throw new RunOverException();
        }
        LastTurnStarted = RunClock.Now;
        var reply = await bot.SayAsync(Id, UserId, text, ct);
        var ended = RunClock.Now;
        if (!expect.Check(reply))
        {
            throw new WrongReplyException($"“{text}” expected {expect.Description}, got “{Shorten(reply.Text)}”");
        }
        recorder.Turn(scenario, key, LastTurnStarted, ended);
        return reply;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}

/// <summary>The run's measured window is over; the virtual user stops.</summary>
public sealed class RunOverException : Exception;
