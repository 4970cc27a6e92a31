using Dapper;
using ZoneBot.Testing;

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
        var conversations = new DirectLineConversations(database, TimeProvider.System);
        var log = new DirectLineActivities(database, TimeProvider.System);
        var processed = new ProcessedActivities(database, TimeProvider.System);
        await conversations.CreateAsync("pd-mine", "dl_pd_mine", "zh-CN");
        await conversations.CreateAsync("pd-other", "dl_pd_other", "zh-CN");
        await log.AppendAsync("pd-mine", null, (id, _) => $$"""{"id":"{{id}}","text":"卢俊义"}""");
        await log.AppendAsync("pd-mine", null, (id, _) => $$"""{"id":"{{id}}","text":"13900000401"}""");
        await log.AppendAsync("pd-mine", null, (id, _) => $$"""{"id":"{{id}}","text":"姓名：卢俊义\n手机：13900000401"}""");
        await log.AppendAsync("pd-other", null, (id, _) => $$"""{"id":"{{id}}","text":"我们车间主任也叫卢俊义"}""");
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
}
