namespace ZoneBot.Host.Tests.Firms;

/// <summary>
/// 绑定 code guessing over the real host: a new from.id for every guess does not help, since the host passes the
/// client's address into the turn and wrong codes are counted per address too.
/// </summary>
public sealed class BindGuessingEndToEndTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task Twenty_wrong_codes_from_one_address_lock_it_whatever_the_user_id()
    {
        var answers = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            answers.Add(BotClient.Texts(await server.Bot.SayAsync("guesser-" + Guid.NewGuid().ToString("N")[..8], $"绑定 WRONG-{i:D5}")));
        }

        Assert.All(answers.Take(19), answer => Assert.Contains("绑定码无效", answer));
        Assert.All(answers.Skip(19), answer => Assert.Contains("错误次数过多", answer));
    }
}
