
namespace ZoneBot.Data.Verification;

/// <summary>
/// Sends a membership code to a firm's registered phone. The development sender writes it to the log and
/// the outbox; the HTTP sender posts it to an SMS gateway. Which one is a setting (<c>Sms:Sender</c>).
/// </summary>
public interface ISmsSender
{
    /// <exception cref="SmsException">The message could not be handed to the gateway.</exception>
    Task SendCodeAsync(SmsCode message, CancellationToken ct);
}

/// <summary>A membership code for a firm's phone: what the message template needs.</summary>
/// <param name="ValidMinutes">How long the code works, for the text of the message.</param>
public sealed record SmsCode(string Phone, string Code, int ValidMinutes, long FirmId, string FirmName);

/// <summary>The SMS could not be sent; the message says why, without the phone number.</summary>
public sealed class SmsException(string message, Exception? inner = null) : Exception(message, inner);
