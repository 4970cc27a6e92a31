using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Firms;

/// <summary>What the membership tests share: tickets filed by someone else, and the codes the development SMS sender kept.</summary>
internal static class MembershipTestKit
{
    /// <summary>A ticket of the firm filed from another chat user, with a contact who is not the one who will act on it.</summary>
    public static async Task<string> FiledBySomeoneElseAsync(this BotFixture bot, long firmId, string user = "colleague")
    {
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Environment, "车间外的排水沟堵塞，雨天污水外溢，联系人手机13805741234", null, Urgency.Normal,
            "原联系人", "13805741234", null, [], "test", user));
        return filed.Number;
    }

    /// <summary>The last code the development sender "sent" for the firm, read from the outbox as an administrator would.</summary>
    public static async Task<string> LastSmsCodeAsync(this BotFixture bot, long firmId)
    {
        await using var connection = await bot.Database.OpenAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM outbox WHERE kind = @kind ORDER BY id DESC", new { kind = DevelopmentSmsSender.Kind });
        return payloads
            .Select(payload => JsonDocument.Parse(payload).RootElement)
            .First(root => root.GetProperty("firmId").GetInt64() == firmId)
            .GetProperty("code").GetString()!;
    }

    /// <summary>Every code of the firm expires now, as if its time had run out.</summary>
    public static Task ExpireCodesAsync(this BotFixture bot, long firmId) =>
        bot.ExecuteAsync("UPDATE firm_codes SET expires_at = '2000-01-01T00:00:00.0000000+00:00' WHERE firm_id = @firmId", new { firmId });
}
