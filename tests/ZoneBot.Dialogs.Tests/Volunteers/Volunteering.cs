using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Volunteers;

/// <summary>The whole sign-up as a user types it, and what the database holds afterwards.</summary>
internal static class Volunteering
{
    public const string Party = "党员志愿者队伍";
    public const string Patrol = "平安巡防志愿者队伍";
    public const string River = "家门口河小二志愿者队伍";

    /// <summary>志愿者报名 → 同意 → team (→ 是, a party member) → name → phone → no employer → availability → 是.</summary>
    /// <returns>The bot's answer to the final 是.</returns>
    public static async Task<string> SignUpAsync(Chat chat, string team, string name, string phone, string availability = "周末")
    {
        await chat.SayAsync("志愿者报名");
        await chat.SayAsync("同意");
        var afterTeam = await chat.SayAsync(team);
        if (afterTeam.Contains("您是党员吗", StringComparison.Ordinal))
        {
            await chat.SayAsync("是");
        }
        await chat.SayAsync(name);
        await chat.SayAsync(phone);
        await chat.SayAsync("否");
        await chat.SayAsync(availability);
        return await chat.SayAsync("是");
    }

    public static async Task<long> ScalarAsync(BotFixture bot, string sql, object? parameters = null)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public static Task<long> VolunteersWithPhoneAsync(BotFixture bot, string phone) =>
        ScalarAsync(bot, "SELECT COUNT(*) FROM volunteers WHERE phone = @phone", new { phone });

    public static Task<long> VolunteersOfChatAsync(BotFixture bot, Chat chat) =>
        ScalarAsync(bot, "SELECT COUNT(*) FROM volunteers WHERE channel_id = @ChannelId AND user_id = @UserId", new { chat.ChannelId, chat.UserId });

    public static Task<long> MembershipsOfPhoneAsync(BotFixture bot, string phone) =>
        ScalarAsync(bot, "SELECT COUNT(*) FROM volunteer_memberships AS m JOIN volunteers AS v ON v.id = m.volunteer_id WHERE v.phone = @phone", new { phone });

    public static Task<long> AlertsAsync(BotFixture bot) =>
        ScalarAsync(bot, "SELECT COUNT(*) FROM outbox WHERE kind = @kind", new { kind = VolunteerSignUpAlert.Kind });

    public static Task<long> MembersOfTeamAsync(BotFixture bot, string team) =>
        ScalarAsync(bot, "SELECT COUNT(*) FROM volunteer_memberships AS m JOIN volunteer_teams AS t ON t.id = m.team_id WHERE t.name = @team", new { team });

    public static async Task<(string Availability, bool? PartyMember, long? EmployerFirmId, string ConsentAt)> MembershipAsync(BotFixture bot, string phone, string team)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await connection.QuerySingleAsync<(string, bool?, long?, string)>("""
            SELECT m.availability, m.party_member, v.employer_firm_id, v.consent_at
            FROM volunteer_memberships AS m
            JOIN volunteers AS v ON v.id = m.volunteer_id
            JOIN volunteer_teams AS t ON t.id = m.team_id
            WHERE v.phone = @phone AND t.name = @team
            """, new { phone, team });
    }

    /// <summary>The leader alerts about that volunteer (by name), with their recipients.</summary>
    public static async Task<IReadOnlyList<(long? Recipient, string Payload)>> AlertsAboutAsync(BotFixture bot, string name)
    {
        await using var connection = await bot.Database.OpenAsync();
        var alerts = await connection.QueryAsync<(long?, string)>(
            "SELECT recipient_officer_id, payload FROM outbox WHERE kind = @kind", new { kind = VolunteerSignUpAlert.Kind });
        return [.. alerts.Where(alert => VolunteerSignUpAlert.FromJson(alert.Item2)?.Volunteer == name)];
    }
}
