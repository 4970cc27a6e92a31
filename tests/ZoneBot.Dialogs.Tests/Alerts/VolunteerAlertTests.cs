using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Bot.Alerts;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Tests.Support;
using static ZoneBot.Dialogs.Tests.Volunteers.Volunteering;

namespace ZoneBot.Dialogs.Tests.Alerts;

/// <summary>A sign-up's alert (volunteer.signed_up) worded and delivered to the team's leader, phone masked.</summary>
public sealed class VolunteerAlertTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_team_leader_gets_the_sign_up_alert_in_Chinese_with_the_phone_masked()
    {
        // 19900000016 leads 家门口河小二志愿者队伍 in the demo zone.
        var leader = await bot.NewOfficerChatAsync("19900000016");
        await SignUpAsync(bot.NewChat(), River, "钱江月", "13805749001", "周末和晚上");

        var alerts = await bot.DeliverAlertsAsync(leader);

        var alert = Assert.Single(alerts);
        Assert.StartsWith("【志愿者报名】钱江月 报名加入" + River, alert.Text);
        Assert.Contains("手机：138****9001", alert.Text);
        Assert.Contains("可参加时间：周末、晚上", alert.Text);
        Assert.Contains("报名时间：", alert.Text);
        Assert.DoesNotContain("13805749001", alert.Text);
        Assert.Null(alert.SuggestedActions);
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM outbox WHERE kind = @kind AND status = 'sent'", new { kind = VolunteerSignUpAlert.Kind }));
    }

    [Fact]
    public void An_English_speaking_leader_reads_it_in_English()
    {
        var payload = new VolunteerSignUpAlert(7, "safety_patrol", Patrol, "甘露", "139****0001", "weekdays,evenings",
            new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero)).ToJson();

        var rendered = bot.Services.GetRequiredService<AlertRenderer>().Render(VolunteerSignUpAlert.Kind, payload, "en-US");

        Assert.NotNull(rendered);
        Assert.Equal(
            $"[Volunteer sign-up] 甘露 joined {Patrol}\nMobile: 139****0001\nAvailable: Weekdays, Evenings\nSigned up: Nov 28, 09:00",
            rendered.Text);
        Assert.Equal((null, null, false), (rendered.TicketNumber, rendered.GridId, rendered.ForGroup));
    }
}
