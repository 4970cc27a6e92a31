using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>转人工: the <c>Relay</c> section of appsettings.json.</summary>
public sealed class RelayOptions
{
    public const string Section = "Relay";

    /// <summary>How long a liaison has to accept (接入) before the firm is told no one answered and how else to reach a person.</summary>
    [Range(0.1, 86400)]
    public double AcceptSeconds { get; set; } = 300;

    /// <summary>How often the web host looks for requests no one accepted in time.</summary>
    [Range(0.01, 3600)]
    public double SweepSeconds { get; set; } = 15;

    public TimeSpan AcceptWithin => TimeSpan.FromSeconds(AcceptSeconds);

    public TimeSpan SweepInterval => TimeSpan.FromSeconds(SweepSeconds);
}
