using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Alerts;

public class AlertOptionsTests
{
    [Fact]
    public void The_wait_doubles_after_each_failure_up_to_the_maximum()
    {
        var options = new AlertOptions { BackoffBaseSeconds = 30, BackoffMaxMinutes = 5 };

        var waits = Enumerable.Range(1, 6).Select(options.BackoffAfter);

        Assert.Equal([30, 60, 120, 240, 300, 300], waits.Select(wait => wait.TotalSeconds));
    }
}
