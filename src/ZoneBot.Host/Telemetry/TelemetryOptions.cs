using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Host.Telemetry;

/// <summary>
/// Where traces, metrics and logs go: the <c>OpenTelemetry</c> section. Empty endpoint: nothing is sent anywhere
/// (the standard OTEL_EXPORTER_OTLP_ENDPOINT variable also turns the export on); the metrics are still readable on
/// the management port (<see cref="ManagementOptions"/>).
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "OpenTelemetry";

    /// <summary>An OTLP collector, e.g. http://otel-collector:4317 (gRPC) or http://otel-collector:4318 with http/protobuf.</summary>
    public string OtlpEndpoint { get; set; } = string.Empty;

    /// <summary><c>grpc</c> or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service.name the spans and metrics carry.</summary>
    [Required]
    public string ServiceName { get; set; } = "zonebot";

    public Uri? Endpoint => Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) ? uri : null;

    public bool HttpProtobuf => OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint) && Endpoint is not { Scheme: "http" or "https" })
        {
            yield return new ValidationResult($"OpenTelemetry:OtlpEndpoint '{OtlpEndpoint}' is not an http(s) address.", [nameof(OtlpEndpoint)]);
        }
        if (!HttpProtobuf && !OtlpProtocol.Equals("grpc", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"OpenTelemetry:OtlpProtocol '{OtlpProtocol}' is neither grpc nor http/protobuf.", [nameof(OtlpProtocol)]);
        }
    }
}
