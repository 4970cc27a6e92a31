using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZoneBot.Bot.Turns;
using ZoneBot.Data;
using ZoneBot.Data.Turns;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.State;

/// <summary>
/// A turn's claim, its state and what it added to its <see cref="TurnWrites"/> are one transaction: a write that fails at
/// the commit leaves none of them, and the same message sent again is handled anew.
/// </summary>
public sealed class TurnWritesTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_turn_whose_commit_fails_leaves_no_claim_no_state_and_no_record_and_its_retry_runs_anew()
    {
        var records = new RecordingMiddleware { Fails = true };
        var chat = bot.NewChat().ContinueWith(new Chat.Bot(bot.Services.GetRequiredService<IBot>(), bot.Services.GetRequiredService<DuplicateActivityMiddleware>(), records));
        var message = MessageFactory.Text("我要找社管员");
        message.ChannelData = new JObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") };

        await Assert.ThrowsAsync<InvalidOperationException>(() => chat.SendAsync(message));

        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @ConversationId", new { chat.ConversationId }));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @key", new { key = "%/" + chat.ConversationId }));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM bot_state WHERE key = @key", new { key = "record/" + chat.ConversationId }));

        records.Fails = false;
        Assert.Contains("贵公司的名称", Chat.Texts(await chat.SendAsync(message)));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @ConversationId", new { chat.ConversationId }));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM bot_state WHERE key = @key", new { key = "record/" + chat.ConversationId }));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @key", new { key = "%/conversations/" + chat.ConversationId }));
    }

    /// <summary>Adds a record of the turn to its writes, as the Direct Line's reply log does; then, when told, a write that fails.</summary>
    private sealed class RecordingMiddleware : IMiddleware
    {
        public bool Fails { get; set; }

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            var writes = turnContext.TurnState.Get<TurnWrites>();
            Assert.True(writes.TryAdd(
                "INSERT INTO bot_state (key, etag, data, updated_at) VALUES (@key, 'e', '{}', @now)",
                new { key = "record/" + turnContext.Activity.Conversation.Id, now = DateTimeOffset.UtcNow }));
            await next(cancellationToken);
            if (Fails)
            {
                writes.TryAdd((_, _, _) => throw new InvalidOperationException("the disk is full"));
            }
        }
    }
}
