using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>`chat`: the same bot in this terminal. Ctrl-D or `exit` quits.</summary>
public static class TerminalChat
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken ct)
    {
        await using var services = ConsoleServices.Build(args);
        foreach (var startup in services.GetServices<IHostedService>())
        {
            await startup.StartAsync(ct);
        }
        var bot = services.GetRequiredService<IBot>();
        var adapter = new TerminalAdapter(output);
        adapter.Use(new ZoneBot.Bot.Turns.PlainTextMiddleware());
        adapter.OnTurnError = async (turn, exception) =>
        {
            services.GetRequiredService<ILogger<TerminalAdapter>>().LogError(exception, "Terminal turn failed");
            await output.WriteLineAsync("bot> (error) " + exception.Message);
        };

        var user = new ChannelAccount("terminal-user", "you");
        var botAccount = new ChannelAccount("zonebot", "ZoneBot");
        var conversation = new ConversationAccount(id: $"terminal-{Environment.UserName}");
        var locale = Environment.GetEnvironmentVariable("ZONEBOT_LOCALE") ?? "zh-CN";
        Activity NewActivity(string type) => new()
        {
            Type = type, Id = Guid.NewGuid().ToString("N"), ChannelId = TerminalAdapter.ChannelId, Locale = locale,
            From = user, Recipient = botAccount, Conversation = conversation, Timestamp = DateTimeOffset.UtcNow,
        };

        var join = NewActivity(ActivityTypes.ConversationUpdate);
        join.MembersAdded = [user];
        await adapter.ProcessAsync(join, bot.OnTurnAsync, ct);

        while (!ct.IsCancellationRequested)
        {
            await output.WriteAsync("you> ");
            var line = await input.ReadLineAsync(ct);
            if (line is null || line.Trim().Equals("exit", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            var message = NewActivity(ActivityTypes.Message);
            message.Text = adapter.ResolveOption(line.Trim());
            await adapter.ProcessAsync(message, bot.OnTurnAsync, ct);
        }
        return 0;
    }
}
