using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Host.Tests.DirectLine;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, point 4, on the real host: a volunteer signs up on the chat page and then sends 删除我的信息; their name and
/// full phone are gone from every table, the chat page's log and the kept replies included.
/// </summary>
public sealed class DeleteMyDataTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    private const string Name = "欧阳明远";
    private const string Phone = "13905749876";

    [Fact]
    public async Task After_deleting_my_data_no_table_holds_my_name_or_full_phone()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        foreach (var answer in new[] { "志愿者报名", "同意", "平安巡防志愿者队伍", Name, Phone, "否", "周末", "是" })
        {
            await client.SayAsync(answer);
        }
        var before = await TablesHoldingAsync(Phone);
        Assert.Contains("volunteers", before);
        Assert.Contains("direct_line_activities", before);
        Assert.Contains("processed_activities", before);

        await client.SayAsync("删除我的信息");
        await client.SayAsync("是");
        Assert.Contains("已全部删除", await client.BotSaidAsync());

        Assert.Empty(await TablesHoldingAsync(Phone));
        Assert.Empty(await TablesHoldingAsync(Name));
    }

    /// <summary>Which of the tables that hold people's words (as text) contain <paramref name="value"/>.</summary>
    private async Task<IReadOnlyList<string>> TablesHoldingAsync(string value)
    {
        const string sql = """
            SELECT 'volunteers' FROM volunteers WHERE name = @value OR phone = @value
            UNION ALL SELECT 'direct_line_activities' FROM direct_line_activities WHERE activity LIKE '%' || @value || '%'
            UNION ALL SELECT 'processed_activities' FROM processed_activities WHERE result LIKE '%' || @value || '%'
            UNION ALL SELECT 'outbox' FROM outbox WHERE payload LIKE '%' || @value || '%'
            """;
        await using var connection = await server.Services.GetRequiredService<Database>().OpenAsync();
        return [.. (await connection.QueryAsync<string>(sql, new { value })).Distinct()];
    }
}
