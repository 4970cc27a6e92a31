using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Turns;

public sealed class SqliteTurnRoundTripsTests(HostOverDatabase<SqliteProvider> host) : TurnRoundTripsTests<SqliteProvider>(host);

public sealed class PostgresTurnRoundTripsTests(HostOverDatabase<PostgresProvider> host) : TurnRoundTripsTests<PostgresProvider>(host);

/// <summary>Issue 15: what a 报事 turn asks of the database besides its dialog's own work.</summary>
public abstract class TurnRoundTripsTests<TProvider>(HostOverDatabase<TProvider> host) : IClassFixture<HostOverDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task Trace()
    {
        using var trace = new TurnStatementTrace();
        var conversation = "trace-" + Guid.NewGuid().ToString("N");
        string[] said =
        [
            "你好，我是荣隆厨具的，我们厂东门外的下水道堵住了，一下雨污水就漫到马路上，工人进出很不方便。联系人王主任，电话13905741234",
            "是的",
            "一般，不算太急",
            "好的，确认提交",
        ];
        foreach (var text in said)
        {
            var (replies, statements) = await trace.SendAsync(host.Server.Http, BotClient.Activity("message", conversation, "zh-CN", text));
            File.AppendAllText("/tmp/reads-trace.txt", "\n" + $"=== {typeof(TProvider).Name} turn '{text[..Math.Min(8, text.Length)]}' -> {BotClient.Texts(replies).Replace("\n", " / ")[..Math.Min(40, BotClient.Texts(replies).Length)]}");
            foreach (var statement in statements)
            {
                File.AppendAllText("/tmp/reads-trace.txt", "\n" + $"  [{statement.Connection}] {statement.Text.Replace("\n", " ")[..Math.Min(160, statement.Text.Replace("\n", " ").Length)]}");
            }
        }
    }
}
