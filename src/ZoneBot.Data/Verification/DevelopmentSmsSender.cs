using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;

namespace ZoneBot.Data.Verification;

/// <summary>
/// The SMS sender for development and tests (<c>Sms:Sender</c> = <c>log</c>): nothing leaves the machine.
/// The code is logged with the phone masked, and kept in the outbox as an <see cref="Kind"/> row that is
/// already marked sent (the dispatcher never touches it), so a developer (`outbox list`) and the tests can
/// read it. Never use it where firms are real: anyone who reads the log or the outbox could verify.
/// </summary>
public sealed class DevelopmentSmsSender(Database database, TimeProvider time, ILogger<DevelopmentSmsSender>? logger = null) : ISmsSender
{
    public const string Kind = "sms.membership_code";

    private readonly ILogger _logger = logger ?? NullLogger<DevelopmentSmsSender>.Instance;

    public async Task SendCodeAsync(SmsCode message, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, payload, status, attempts, next_attempt_at, created_at, sent_at)
            VALUES (@kind, @payload, 'sent', 0, @now, @now, @now)
            """;
        ArgumentNullException.ThrowIfNull(message);
        var payload = JsonSerializer.Serialize(new
        {
            phone = PhoneMask.Mask(message.Phone),
            code = message.Code,
            validMinutes = message.ValidMinutes,
            firmId = message.FirmId,
        });
        var now = time.GetUtcNow();
        // Through the one writer (SQLite), as the code it tells of was.
        await database.ExecuteWriteAsync(sql, new { kind = Kind, payload, now }, ct);
        _logger.LogInformation("Development SMS to {Phone} for firm {FirmId}: membership code {Code}, valid {Minutes} minutes",
            PhoneMask.Mask(message.Phone), message.FirmId, message.Code, message.ValidMinutes);
    }
}
