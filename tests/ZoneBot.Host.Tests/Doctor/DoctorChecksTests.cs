using Microsoft.Extensions.Time.Testing;
using ZoneBot.Host.Doctor;

namespace ZoneBot.Host.Tests.Doctor;

/// <summary>Each doctor check: ok on a deployment ready to go live, warn or fail once one thing of it is broken.</summary>
public sealed class DoctorChecksTests : IAsyncLifetime
{
    private GoodDeployment _deployment = null!;

    public async Task InitializeAsync() => _deployment = await GoodDeployment.CreateAsync();

    public async Task DisposeAsync() => await _deployment.DisposeAsync();

    [Fact]
    public async Task Every_check_is_ok_on_a_deployment_ready_to_go_live()
    {
        var results = await Checkup.RunAsync(_deployment.Context(), CancellationToken.None);

        Assert.Equal(11, results.Count);
        Assert.All(results, result => Assert.True(result.Result.Status == CheckStatus.Ok, $"{result.Check.Name}: {result.Result.Summary}"));
    }

    [Fact]
    public async Task Database_fails_when_the_file_is_missing_or_opened_read_only()
    {
        var missing = Path.Combine(Path.GetDirectoryName(_deployment.DatabaseFile)!, "elsewhere", "zonebot.db");

        var ok = await RunAsync<DatabaseCheck>(_deployment.Context());
        var readOnly = await RunAsync<DatabaseCheck>(_deployment.Context(("Database:ConnectionString", $"Data Source={_deployment.DatabaseFile};Mode=ReadOnly")));
        var absent = await RunAsync<DatabaseCheck>(_deployment.Context(("Database:ConnectionString", $"Data Source={missing}")));

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Contains("answers and takes writes", ok.Summary);
        AssertFails(readOnly, "answers but does not take writes");
        AssertFails(absent, $"There is no database file at {missing}");
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)), "the doctor created the database's folder");
        Assert.Equal(0L, await _deployment.ScalarAsync("SELECT COUNT(*) FROM SchemaVersions WHERE ScriptName = 'doctor-write-probe'"));
    }

    [Fact]
    public async Task Migrations_warn_when_some_are_pending_and_fail_when_the_database_is_a_newer_builds()
    {
        var ok = await RunAsync<MigrationsCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("DELETE FROM SchemaVersions WHERE ScriptName = (SELECT MAX(ScriptName) FROM SchemaVersions)");
        var pending = await RunAsync<MigrationsCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('9999_from_the_future.sql', CURRENT_TIMESTAMP)");
        var newer = await RunAsync<MigrationsCheck>(_deployment.Context());

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Equal(CheckStatus.Warn, pending.Status);
        Assert.Contains("1 migration(s) not applied yet", pending.Summary);
        AssertFails(newer, "9999_from_the_future.sql");
    }

    [Fact]
    public async Task Roster_fails_for_a_grid_without_a_liaison_and_warns_on_the_demo_zone()
    {
        var ok = await RunAsync<RosterCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("UPDATE officers SET phone = '1990000' || substr(phone, 8) WHERE role = 'admin'");
        var demo = await RunAsync<RosterCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("UPDATE officers SET grid_id = NULL WHERE role = 'liaison' AND grid_id = (SELECT id FROM grids WHERE number = 3)");
        var orphan = await RunAsync<RosterCheck>(_deployment.Context());

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Contains("10 grids, each with a liaison and phone; 743 firms.", ok.Summary);
        Assert.Equal(CheckStatus.Warn, demo.Status);
        Assert.Contains("demo zone", demo.Summary);
        AssertFails(orphan, "1 grid(s) have no liaison with a phone: grid 3.");
    }

    [Fact]
    public async Task Officers_warn_while_some_liaisons_have_not_bound_and_fail_when_none_has()
    {
        var ok = await RunAsync<OfficersCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("UPDATE officers SET channel_id = NULL, channel_user_id = NULL WHERE role = 'liaison' AND grid_id IN (SELECT id FROM grids WHERE number IN (2, 5))");
        var some = await RunAsync<OfficersCheck>(_deployment.Context());
        await _deployment.ExecuteAsync("UPDATE officers SET channel_id = NULL, channel_user_id = NULL WHERE role = 'liaison'");
        var none = await RunAsync<OfficersCheck>(_deployment.Context());

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Equal(CheckStatus.Warn, some.Status);
        Assert.Contains("the liaisons of grids 2, 5 have not bound a chat", some.Summary);
        AssertFails(none, "No grid's liaison has bound a chat");
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("short-key-0123456789", "has 20 characters; it needs at least 32")]
    [InlineData("abababababababababababababababababababab", "uses only 2 different characters")]
    public async Task Signing_key_fails_when_empty_short_or_guessable(string key, string why)
    {
        var ok = await RunAsync<SigningKeyCheck>(_deployment.Context());
        var broken = await RunAsync<SigningKeyCheck>(_deployment.Context(("DirectLine:TokenSigningKey", key)));

        Assert.Equal(CheckStatus.Ok, ok.Status);
        AssertFails(broken, why);
        Assert.Contains("openssl rand", broken.Fix);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", "", "set without MicrosoftAppPassword")]
    [InlineData("MicrosoftAppId", "my-bot", "is not an app id")]
    [InlineData("MicrosoftAppType", "SingleTenant", "needs MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType", "Anonymous", "is none of")]
    public async Task Bot_credentials_fail_when_they_do_not_agree(string key, string value, string why)
    {
        var ok = await RunAsync<BotCredentialsCheck>(_deployment.Context());
        var local = await RunAsync<BotCredentialsCheck>(_deployment.Context(("MicrosoftAppId", ""), ("MicrosoftAppPassword", ""), ("MicrosoftAppType", "")));
        var passwordAlone = await RunAsync<BotCredentialsCheck>(_deployment.Context(("MicrosoftAppId", "")));
        var broken = await RunAsync<BotCredentialsCheck>(_deployment.Context((key, value)));

        Assert.Equal((CheckStatus.Ok, CheckStatus.Ok), (ok.Status, local.Status));
        AssertFails(passwordAlone, "MicrosoftAppId is empty");
        AssertFails(broken, why);
    }

    [Fact]
    public async Task Open_endpoint_fails_when_listening_beyond_the_loopback_without_an_app_id()
    {
        (string, string?)[] open = [("Urls", "http://0.0.0.0:3978"), ("MicrosoftAppId", ""), ("MicrosoftAppPassword", "")];

        var loopback = await RunAsync<OpenEndpointCheck>(_deployment.Context(("MicrosoftAppId", "")));
        var withAppId = await RunAsync<OpenEndpointCheck>(_deployment.Context(("Urls", "http://0.0.0.0:3978")));
        var broken = await RunAsync<OpenEndpointCheck>(_deployment.Context(open));

        Assert.Equal((CheckStatus.Ok, CheckStatus.Ok), (loopback.Status, withAppId.Status));
        AssertFails(broken, "Listens on http://0.0.0.0:3978 with MicrosoftAppId empty");
        Assert.Contains("docs/deployment.md", broken.Fix);
    }

    [Fact]
    public async Task Webhooks_fail_on_a_malformed_url_configured_or_stored_and_warn_on_an_unknown_grid()
    {
        var ok = await RunAsync<WebhookUrlsCheck>(_deployment.Context());
        var plainHttp = await RunAsync<WebhookUrlsCheck>(_deployment.Context(("Webhooks:Grids:3", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")));
        var noKey = await RunAsync<WebhookUrlsCheck>(_deployment.Context(("Webhooks:Grids:3", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send")));
        var unknownGrid = await RunAsync<WebhookUrlsCheck>(_deployment.Context(("Webhooks:Grids:42", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")));
        await _deployment.ExecuteAsync("UPDATE grids SET webhook_url = 'qyapi.weixin.qq.com/send?key=abc' WHERE number = 5");
        var stored = await RunAsync<WebhookUrlsCheck>(_deployment.Context());

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Contains("1 group robot URL(s), all well-formed", ok.Summary);
        AssertFails(plainHttp, "Webhooks:Grids:3");
        AssertFails(noKey, "Webhooks:Grids:3");
        Assert.Equal(CheckStatus.Warn, unknownGrid.Status);
        Assert.Contains("do not exist: 42", unknownGrid.Summary);
        AssertFails(stored, "grid 5's stored webhook_url");
    }

    [Theory]
    [InlineData("RateLimits:ReadsPerUser", "30", CheckStatus.Fail, "an open chat page gets 429")]
    [InlineData("RateLimits:RequestsPerAddress", "100", CheckStatus.Fail, "below one user's reads and messages")]
    [InlineData("RateLimits:WindowSeconds", "0", CheckStatus.Fail, "The RateLimits settings do not validate")]
    [InlineData("RateLimits:RequestsPerAddress", "600", CheckStatus.Warn, "fewer than 10 open pages from one address")]
    [InlineData("DirectLine:MaxUploadBytes", "500000", CheckStatus.Warn, "below one phone photo")]
    public async Task Limits_fail_or_warn_when_they_would_turn_away_the_people_they_are_for(string key, string value, CheckStatus status, string why)
    {
        var ok = await RunAsync<LimitsCheck>(_deployment.Context());
        var broken = await RunAsync<LimitsCheck>(_deployment.Context((key, value)));

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Equal(status, broken.Status);
        Assert.Contains(why, broken.Summary);
    }

    [Fact]
    public async Task Backups_fail_when_off_or_stale_and_warn_before_the_first()
    {
        var ok = await RunAsync<BackupsCheck>(_deployment.Context());
        var off = await RunAsync<BackupsCheck>(_deployment.Context(("Backups:Folder", "")));
        var threeDaysOn = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(3));
        var stale = await RunAsync<BackupsCheck>(_deployment.Context(threeDaysOn));
        var none = await RunAsync<BackupsCheck>(_deployment.Context(("Backups:Folder", Path.Combine(_deployment.BackupFolder, "empty"))));

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Contains($"into {_deployment.BackupFolder}, keeping 14; the last, zonebot-", ok.Summary);
        AssertFails(off, "Daily backups are off");
        AssertFails(stale, "the schedule is not running");
        Assert.Equal(CheckStatus.Warn, none.Status);
        Assert.Contains("db backup --out", none.Fix);
    }

    [Fact]
    public async Task Clock_fails_when_it_is_behind_what_the_database_recorded()
    {
        var ok = await RunAsync<ClockCheck>(_deployment.Context());
        var setBack = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        var behind = await RunAsync<ClockCheck>(_deployment.Context(setBack));

        Assert.Equal(CheckStatus.Ok, ok.Status);
        Assert.Contains("(UTC+8)", ok.Summary);
        AssertFails(behind, "the clock is behind");
    }

    private static Task<CheckResult> RunAsync<TCheck>(DoctorContext context)
        where TCheck : IDoctorCheck, new() =>
        Checkup.RunOneAsync(new TCheck(), context, CancellationToken.None);

    private static void AssertFails(CheckResult result, string why)
    {
        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains(why, result.Summary);
        Assert.False(string.IsNullOrWhiteSpace(result.Fix));
    }
}
