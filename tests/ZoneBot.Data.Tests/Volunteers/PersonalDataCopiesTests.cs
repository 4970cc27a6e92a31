using Dapper;
using ZoneBot.Testing;
using ZoneBot.Data.Turns;
using ZoneBot.Data.Volunteers;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqlitePersonalDataCopiesTests(SeededDatabase<SqliteProvider> seeded) : PersonalDataCopiesTests<SqliteProvider>(seeded);

public sealed class PostgresPersonalDataCopiesTests(SeededDatabase<PostgresProvider> seeded) : PersonalDataCopiesTests<PostgresProvider>(seeded);

/// <summary>
/// Issue 14, point 4: 删除我的信息 removes the person's name and full phone from the chat logs too, not only their
/// volunteer record: what they typed and what the bot answered on the chat page, and the replies kept for retries.
/// </summary>
public abstract class PersonalDataCopiesTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly VolunteerStore _store = new(seeded.Database);

    [DatabaseFact]
    public async Task Deleting_my_data_removes_my_name_and_phone_from_the_direct_line_log_and_the_kept_replies()
    {
        var database = seeded.Database;
        var processed = new ProcessedActivities(database, TimeProvider.System);
        // The chat page's log as the Direct Line (its own project) writes it.
        await LogAsync(database, "pd-mine", "dl_pd_mine", "卢俊义", "13900000401", "姓名：卢俊义\n手机：13900000401");
        await LogAsync(database, "pd-other", "dl_pd_other", "我们车间主任也叫卢俊义");
        await processed.TryClaimAsync("directline", "pd-mine", "a1");
        await processed.CompleteAsync("directline", "pd-mine", "a1", """[{"text":"姓名：卢俊义\n手机：13900000401"}]""");
        await _store.SignUps.SignUpAsync(new VolunteerSignUp(
            await _store.TeamIdAsync("river_keepers"), "卢俊义", "13900000401", null, "weekends", null, "directline", "dl_pd_mine", VolunteerStore.ConsentAt));

        var left = await _store.Memberships.DeleteAllAsync("directline", "dl_pd_mine", "pd-mine");

        Assert.Equal(1, left);
        await using var connection = await database.OpenAsync();
        var mine = string.Join("\n", await connection.QueryAsync<string>("SELECT activity FROM direct_line_activities WHERE conversation_id = 'pd-mine'"));
        var replies = await connection.ExecuteScalarAsync<string>("SELECT result FROM processed_activities WHERE conversation_id = 'pd-mine'");
        Assert.DoesNotContain("13900000401", mine);
        Assert.DoesNotContain("卢俊义", mine);
        Assert.Contains("139****0401", mine);
        Assert.DoesNotContain("13900000401", replies);
        Assert.DoesNotContain("卢俊义", replies);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM direct_line_activities WHERE activity LIKE '%13900000401%'"));
        Assert.Contains("卢俊义", await connection.ExecuteScalarAsync<string>("SELECT activity FROM direct_line_activities WHERE conversation_id = 'pd-other'"));
    }

    private static readonly System.Text.Json.JsonSerializerOptions AsWritten =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task LogAsync(Database database, string conversationId, string userId, params string[] texts)
    {
        const string conversation = """
            INSERT INTO direct_line_conversations (id, user_id, locale, created_at, last_sequence, last_active_at)
            VALUES (@conversationId, @userId, 'zh-CN', @now, @count, @now)
            """;
        const string activity = """
            INSERT INTO direct_line_activities (conversation_id, sequence, activity_id, activity, created_at)
            VALUES (@conversationId, @sequence, @activityId, @json, @now)
            """;
        var now = DateTimeOffset.UtcNow;
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(conversation, new { conversationId, userId, now, count = texts.Length });
        for (var sequence = 1; sequence <= texts.Length; sequence++)
        {
            var activityId = $"{conversationId}|{sequence:D7}";
            // As the Direct Line writes them (Newtonsoft): Chinese as it is, not as \u escapes.
            var json = System.Text.Json.JsonSerializer.Serialize(new { id = activityId, text = texts[sequence - 1] }, AsWritten);
            await connection.ExecuteAsync(activity, new { conversationId, sequence, activityId, json, now });
        }
    }
}
