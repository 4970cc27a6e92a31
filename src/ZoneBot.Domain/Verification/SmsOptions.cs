using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>
/// How membership codes reach a firm's phone: the <c>Sms</c> section of appsettings.json. <c>log</c>
/// (the default, for development) writes the message to the log, phone masked, and to the outbox;
/// <c>http</c> posts it to an SMS gateway at <see cref="Url"/>.
/// </summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Sms";

    public const string LogSender = "log";

    public const string HttpSender = "http";

    public string Sender { get; set; } = LogSender;

    /// <summary>The gateway's endpoint (http sender): an absolute http or https URL.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>Sent as <c>Authorization: Bearer …</c>; empty sends none.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The gateway's registered template (its id or name) for the code message.</summary>
    public string Template { get; set; } = string.Empty;

    [Range(1, 60)]
    public double TimeoutSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Sender is not (LogSender or HttpSender))
        {
            yield return new ValidationResult($"Sms:Sender must be '{LogSender}' or '{HttpSender}', not '{Sender}'.", [nameof(Sender)]);
        }
        if (Sender == HttpSender)
        {
            if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult("Sms:Url must be the gateway's absolute http(s) URL when Sms:Sender is 'http'.", [nameof(Url)]);
            }
            if (string.IsNullOrWhiteSpace(Template))
            {
                yield return new ValidationResult("Sms:Template must name the gateway's template when Sms:Sender is 'http'.", [nameof(Template)]);
            }
        }
    }
}
