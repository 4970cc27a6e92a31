using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// A turn's state I/O through the IStorage on SQLite: read a real conversation's state (a filing half-way,
/// its dialog stack and draft) and write it back with the eTag it was read with, as the dialogs' ConversationStore does.
/// </summary>
public class StorageBenchmarks
{
    private InProcessBot _bot = null!;
    private string[] _keys = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bot = await InProcessBot.StartAsync("micro-storage");
        await _bot.LinkAsync("user-storage", 1);
        var chat = _bot.NewConversation("user-storage");
        foreach (var text in new[] { "报事", "企业服务", "园区路灯坏了一个星期，晚上下班很不安全", "东门外", "一般" })
        {
            await _bot.SayAsync(chat, text);
        }
        _keys = [$"{chat.Conversation.ChannelId}/conversations/{chat.Conversation.Conversation.Id}"];
        if ((await _bot.Storage.ReadAsync(_keys)).Count != 1)
        {
            throw new InvalidOperationException("The conversation left no state to read.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _bot.DisposeAsync();

    [Benchmark(Description = "SqlStorage read + write, one conversation")]
    public async Task ReadAndWrite()
    {
        var items = await _bot.Storage.ReadAsync(_keys);
        await _bot.Storage.WriteAsync(items);
    }
}
