using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Officers;

public sealed class SqliteOfficerEnrolmentTests(SeededDatabase<SqliteProvider> seeded) : OfficerEnrolmentTests<SqliteProvider>(seeded);

public sealed class PostgresOfficerEnrolmentTests(SeededDatabase<PostgresProvider> seeded) : OfficerEnrolmentTests<PostgresProvider>(seeded);

/// <summary>`officers add`, `officers code`, `officers revoke`: enrolment and one-time codes.</summary>
public abstract class OfficerEnrolmentTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly SeededDatabase<TProvider> _seeded = seeded;

    [DatabaseFact]
    public async Task A_new_officer_gets_a_code_valid_for_72_hours_of_which_only_the_hash_is_kept()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));

        var issued = await kit.Enrolment.AddAsync(new NewOfficer("林晓", "138 0574 0001", OfficerRole.Secretary, Community: "binlan"));

        Assert.Equal(("13805740001", OfficerRole.Secretary), (issued.Officer.Phone, issued.Officer.Role));
        Assert.Equal(kit.Clock.GetUtcNow().AddHours(72), issued.ExpiresAt);
        Assert.Equal(0L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM officers WHERE bind_code_hash = @code", new { code = issued.Code }));
        Assert.Equal(1L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM officers WHERE bind_code_hash = @hash", new { hash = BindCode.Hash(issued.Code) }));
        var listed = Assert.Single(await kit.Enrolment.ListAsync(), listing => listing.Officer.Id == issued.Officer.Id);
        Assert.Equal(("滨澜工业社区", issued.ExpiresAt), (listed.Place, listed.CodeExpiresAt));
    }

    [DatabaseTheory]
    [InlineData(OfficerRole.Liaison, null, null, "--grid")]
    [InlineData(OfficerRole.Liaison, "99", null, "no such grid")]
    [InlineData(OfficerRole.Secretary, null, null, "--community")]
    [InlineData(OfficerRole.Admin, "3", null, "no grid")]
    [InlineData(OfficerRole.Secretary, null, "nowhere", "no such community")]
    public async Task A_wrong_place_for_the_role_is_refused_with_what_to_change(OfficerRole role, string? grid, string? community, string expected)
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));

        var error = await Assert.ThrowsAsync<EnrolmentException>(() => kit.Enrolment.AddAsync(new NewOfficer("某某", "13805740002", role, grid, community)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_phone_already_enrolled_is_refused_and_code_gives_that_officer_a_new_code()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));

        var error = await Assert.ThrowsAsync<EnrolmentException>(() => kit.Enrolment.AddAsync(new NewOfficer("重复", "19900000013", OfficerRole.Admin)));
        var issued = await kit.Enrolment.IssueCodeAsync("199 0000 0013");

        Assert.Contains("officers code", error.Message, StringComparison.Ordinal);
        Assert.NotNull(issued);
        Assert.Equal("陆文斌", issued.Officer.Name);
        Assert.Null(await kit.Enrolment.IssueCodeAsync("424242"));
    }

    [DatabaseFact]
    public async Task A_new_liaison_replaces_the_grids_liaison_who_stays_an_officer_without_a_grid()
    {
        await using var own = await _seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var kit = new OfficerTestKit(own.Database, ZoneInstant(2026, 11, 10, 9, 0));

        var issued = await kit.Enrolment.AddAsync(new NewOfficer("新社管员", "13805740003", OfficerRole.Liaison, Grid: "5号网格"));

        Assert.Equal("胡建国", issued.ReplacedLiaison);
        Assert.Equal(1L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM officers WHERE phone = '19900000005' AND grid_id IS NULL"));
        Assert.Equal(issued.Officer.Id, await kit.Tickets.ScalarAsync("SELECT id FROM officers WHERE grid_id = (SELECT id FROM grids WHERE number = 5)"));
    }

    [DatabaseFact]
    public async Task Revoking_ends_the_binding_and_voids_the_code()
    {
        await using var own = await _seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var kit = new OfficerTestKit(own.Database, ZoneInstant(2026, 11, 10, 9, 0));
        var issued = await kit.Enrolment.IssueCodeAsync("19900000002");
        Assert.Equal(BindOutcome.Bound, (await kit.Binding.BindAsync("test", "liaison-2", issued!.Code, "{}")).Outcome);

        var revoked = await kit.Enrolment.RevokeAsync(issued.Officer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.False(revoked!.IsBound);
        Assert.Equal(0L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM officers WHERE channel_user_id = 'liaison-2' OR bind_code_hash IS NOT NULL"));
    }
}
