using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Domain;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>The Deadlines section of the shipped appsettings.json, as the services read it.</summary>
public sealed class DeadlineSettingsTests
{
    private static readonly DateTimeOffset FiledAt = new(2026, 11, 28, 9, 0, 0, ZoneTime.Offset);

    [Fact]
    public void The_shipped_deadlines_bind_and_pass_validation()
    {
        using var services = ConsoleServices.Build([]);

        var options = services.GetRequiredService<IOptions<DeadlineOptions>>().Value;
        var policy = services.GetRequiredService<DeadlinePolicy>();

        Assert.Equal((24.0, 120.0), (options.Green.ResponseHours, options.Green.HandleHours));
        Assert.Equal((4.0, 24.0), (options.Red.ResponseHours, options.Red.HandleHours));
        Assert.Equal(FiledAt.AddHours(2), policy.Compute(FiledAt, TicketCategory.Safety, FirmColour.Green, Urgency.Normal).ResponseDueAt);
        Assert.Equal(FiledAt.AddHours(2), policy.Compute(FiledAt, TicketCategory.Other, FirmColour.Red, Urgency.Urgent).ResponseDueAt);
    }

    [Fact]
    public void A_deadline_of_zero_hours_is_refused()
    {
        using var services = ConsoleServices.Build(["--Deadlines:Red:HandleHours=0"]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DeadlineOptions>>().Value);

        Assert.Contains("Deadlines:Red", error.Message, StringComparison.Ordinal);
    }
}
