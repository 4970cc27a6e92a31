using ZoneBot.WeCom.Tests.Fake;

namespace ZoneBot.WeCom.Tests;

/// <summary>One WeCom user talking to the app: what they type goes in as callbacks, the bot's answers are read from the fake's message/send.</summary>
public sealed class WeComUser(WeComServer server, string userId)
{
    public string UserId => userId;

    /// <summary>Sends a text and waits for the answer that contains <paramref name="expected"/>.</summary>
    /// <returns>Everything the bot sent the user since the text was sent.</returns>
    public async Task<string> SayAsync(string text, string expected)
    {
        var before = server.WeCom.Sent.Count(message => message.ToUser == userId);
        var response = await server.PostCallbackAsync(WeComServer.TextMessage(userId, text, server.NextMsgId()));
        response.EnsureSuccessStatusCode();
        return await WaitForAsync(before, expected);
    }

    /// <summary>Waits until the bot's messages to this user after the first <paramref name="before"/> contain <paramref name="expected"/>.</summary>
    public async Task<string> WaitForAsync(int before, string expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string answer;
        do
        {
            await Task.Delay(30);
            answer = string.Join("\n", server.WeCom.Sent.Where(message => message.ToUser == userId).Skip(before).Select(message => message.Content));
        }
        while (!answer.Contains(expected, StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"expected \"{expected}\", the bot sent: {answer}");
        return answer;
    }

    /// <summary>Waits until the bot has sent nothing more for a moment: the end of the turn.</summary>
    public async Task SettleAsync()
    {
        var count = -1;
        while (count != Received)
        {
            count = Received;
            await Task.Delay(300);
        }
    }

    public int Received => server.WeCom.Sent.Count(message => message.ToUser == userId);

    public IEnumerable<SentMessage> Messages => server.WeCom.Sent.Where(message => message.ToUser == userId);
}
