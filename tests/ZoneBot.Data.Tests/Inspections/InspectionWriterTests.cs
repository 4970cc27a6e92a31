using Dapper;
using ZoneBot.Data.Inspections;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Inspections.InspectionTestKit;

namespace ZoneBot.Data.Tests.Inspections;

public sealed class SqliteInspectionWriterTests : InspectionWriterTests<SqliteProvider>
{
    [Fact]
    public async Task Reports_at_once_are_each_a_batch_of_the_one_writer()
    {
        var (kit, _, firmId, hazards) = await RecordedAsync();
        var batches = Seeded.Database.GroupCommit!.Batches;

        await AtOnce.RunAsync(20, i => kit.Rectifications.ReportAsync(firmId, hazards[i % 2].Id, $"第{i}次整改", []));

        Assert.Equal(20, Seeded.Database.GroupCommit.Batches - batches);
    }
}

public sealed class PostgresInspectionWriterTests : InspectionWriterTests<PostgresProvider>;

/// <summary>
/// Recording an inspection, a firm's rectification and the officer's review are written through the database's one writer
/// on SQLite (a plain transaction on PostgreSQL): what the work wrote is committed, so every refusal must have written nothing.
/// </summary>
public abstract class InspectionWriterTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private protected SeededDatabase<TProvider> Seeded { get; } = new();

    public Task InitializeAsync() => Seeded.InitializeAsync();

    public Task DisposeAsync() => Seeded.DisposeAsync();

    [DatabaseFact]
    public async Task Refused_records_reports_and_reviews_leave_the_inspection_its_hazards_and_the_outbox_as_they_were()
    {
        var (kit, liaison, firmId, hazards) = await RecordedAsync();
        var otherLiaison = await kit.OfficerAsync("19900000001");
        var inspectionId = await kit.ScalarAsync("SELECT inspection_id FROM hazards WHERE id = @id", new { id = hazards[0].Id });
        Assert.Equal(RectificationOutcome.Done, await kit.Rectifications.ReportAsync(firmId, hazards[0].Id, "已清理", []));
        var photo = new PhotoFile("late.jpg", "image/jpeg", "https://example.test/late.jpg");
        var before = await SnapshotAsync(inspectionId);

        Assert.Equal(RecordOutcome.AlreadyInspected, await kit.Officers.RecordAsync(liaison, inspectionId, new(["wiring"], [])));
        Assert.Equal(RecordOutcome.NotFound, await kit.Officers.RecordAsync(otherLiaison, inspectionId, new(["wiring"], [])));
        Assert.Equal(RectificationOutcome.NotOpen, await kit.Rectifications.ReportAsync(firmId, hazards[0].Id, "又清理了一次", [photo]));
        Assert.Equal(RectificationOutcome.NotFound, await kit.Rectifications.ReportAsync(firmId + 1, hazards[1].Id, "不是我们的", [photo]));
        Assert.Equal(RectificationOutcome.NotOpen, await kit.Rectifications.AskExtensionAsync(firmId, hazards[0].Id, 7, "已经报了整改"));
        Assert.Equal(ReviewOutcome.NotPending, await kit.Reviews.AcceptAsync(liaison, hazards[1].Id));
        Assert.Equal(ReviewOutcome.NotPending, await kit.Reviews.GrantExtensionAsync(liaison, hazards[0].Id));
        Assert.Equal(ReviewOutcome.NotFound, await kit.Reviews.SendBackAsync(otherLiaison, hazards[0].Id, "别人的"));

        Assert.Equal(before, await SnapshotAsync(inspectionId));
    }

    [DatabaseFact]
    public async Task Twenty_reports_of_one_hazard_at_once_are_taken_once_with_one_alert()
    {
        var (kit, liaison, firmId, hazards) = await RecordedAsync();
        var photo = new PhotoFile("done.jpg", "image/jpeg", "https://example.test/done.jpg");

        var outcomes = await AtOnce.RunAsync(20, i => kit.Rectifications.ReportAsync(firmId, hazards[0].Id, $"第{i}次整改", [photo]));

        Assert.Single(outcomes, outcome => outcome == RectificationOutcome.Done);
        Assert.All(outcomes.Where(outcome => outcome != RectificationOutcome.Done), outcome => Assert.Equal(RectificationOutcome.NotOpen, outcome));
        Assert.Single(await kit.OutboxAsync(InspectionAlert.Reported), row => row.RecipientOfficerId == liaison.Id);
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM hazard_photos WHERE hazard_id = @id AND stage = 'rectified'", new { id = hazards[0].Id }));
    }

    /// <summary>An inspection of a grid-4 firm recorded with two hazards, both open.</summary>
    private protected async Task<(InspectionTestKit Kit, Officer Liaison, long FirmId, IReadOnlyList<HazardView> Hazards)> RecordedAsync()
    {
        var kit = new InspectionTestKit(Seeded.Database, ZoneInstant(2027, 3, 1, 9));
        var liaison = await kit.OfficerAsync("19900000004");
        var firmId = await kit.FirmAsync(4, FirmColour.Green);
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
        Assert.Equal(RecordOutcome.Rectifying, await kit.Officers.RecordAsync(
            liaison, inspection.Id, new([], [kit.Hazard("fire_exits", FirmColour.Green), kit.Hazard("extinguishers", FirmColour.Green)])));
        return (kit, liaison, firmId, await kit.Rectifications.OpenAsync(firmId));
    }

    /// <summary>The inspection's row, its items, its hazards as a firm and an officer change them, their photos, and how many alerts there are.</summary>
    private async Task<string> SnapshotAsync(long inspectionId)
    {
        await using var connection = await Seeded.Database.OpenAsync();
        var inspection = await connection.QuerySingleAsync<(string Status, long? InspectedBy, DateTimeOffset? ClosedAt)>(
            "SELECT status, inspected_by, closed_at FROM inspections WHERE id = @inspectionId", new { inspectionId });
        var items = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inspection_items WHERE inspection_id = @inspectionId", new { inspectionId });
        var hazards = await connection.QueryAsync<(long Id, string Status, string? FirmNote, string? ReviewNote, long? ExtensionDays, DateTimeOffset DueAt)>(
            "SELECT id, status, firm_note, review_note, extension_days, due_at FROM hazards WHERE inspection_id = @inspectionId ORDER BY id", new { inspectionId });
        var photos = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM hazard_photos");
        var alerts = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox");
        return $"{inspection} | items {items} | {string.Join("; ", hazards)} | photos {photos} | alerts {alerts}";
    }
}
