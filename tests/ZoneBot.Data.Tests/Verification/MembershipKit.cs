using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Verification;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Verification;

/// <summary>Firm membership over a seeded database with a pinned clock; SMS codes through the development sender.</summary>
internal sealed class MembershipKit
{
    public MembershipKit(Database database, DateTimeOffset now, FirmVerificationOptions? options = null, ISmsSender? sms = null)
    {
        Officers = new OfficerTestKit(database, now);
        Database = database;
        Sms = sms ?? new DevelopmentSmsSender(database, Clock);
        Verification = new FirmVerification(database, Sms, options ?? new FirmVerificationOptions(), Clock);
        Membership = new FirmMembership(database);
        Links = new FirmUserLinks(database, Clock);
    }

    public OfficerTestKit Officers { get; }

    public Database Database { get; }

    public FakeTimeProvider Clock => Officers.Clock;

    public ISmsSender Sms { get; }

    public FirmVerification Verification { get; }

    public FirmMembership Membership { get; }

    public FirmUserLinks Links { get; }

    /// <summary>The demo firm on row <paramref name="row"/> (1-based, by id).</summary>
    public Task<long> FirmAsync(int row) =>
        Officers.Tickets.ScalarAsync("SELECT id FROM firms ORDER BY id LIMIT 1 OFFSET @offset", new { offset = row - 1 });

    /// <summary>What the development sender kept for the firm, newest first: the masked phone and the code.</summary>
    public async Task<IReadOnlyList<(string Phone, string Code)>> SentAsync(long firmId)
    {
        await using var connection = await Database.OpenAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM outbox WHERE kind = @kind AND status = 'sent' ORDER BY id DESC", new { kind = DevelopmentSmsSender.Kind });
        return [.. payloads
            .Select(payload => JsonDocument.Parse(payload).RootElement)
            .Where(root => root.GetProperty("firmId").GetInt64() == firmId)
            .Select(root => (root.GetProperty("phone").GetString()!, root.GetProperty("code").GetString()!))];
    }

    public Task<VerifyOutcome> VerifyAsync(long firmId, string user, string code, string? address = "10.0.0.1") =>
        Verification.VerifyAsync(firmId, "test", user, address, code).ContinueWith(task => task.Result.Outcome);
}
