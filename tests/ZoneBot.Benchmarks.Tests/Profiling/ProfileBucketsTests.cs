using ZoneBot.Benchmarks.Profiling;

namespace ZoneBot.Benchmarks.Tests.Profiling;

/// <summary>The profile's grouping (Profiling/buckets.json): a stack goes to its innermost frame that a bucket names.</summary>
public sealed class ProfileBucketsTests
{
    private static readonly ProfileBuckets Buckets = ProfileBuckets.Load();

    [Fact]
    public void Sql_under_the_state_read_counts_as_sql_and_the_state_code_alone_as_the_state()
    {
        var sql = Stack(
            "Microsoft.Data.Sqlite.SqliteDataReader.Read()",
            "Dapper.SqlMapper.QueryAsync()",
            "ZoneBot.Dialogs.State.SqlStorage.ReadAsync(System.String[])",
            "Microsoft.Bot.Builder.BotState.LoadAsync()",
            "ZoneBot.Dialogs.Main.ZoneBotActivityHandler.OnTurnAsync()");
        var state = Stack(
            "System.Collections.Generic.Dictionary`2.TryInsert()",
            "ZoneBot.Dialogs.State.SqlStorage.ReadAsync(System.String[])",
            "ZoneBot.Dialogs.Main.ZoneBotActivityHandler.OnTurnAsync()");

        Assert.Equal("SQL", Buckets.Classify(sql));
        Assert.Equal("state read and save", Buckets.Classify(state));
    }

    [Fact]
    public void Json_and_recognizers_inside_a_dialog_are_their_own_buckets_and_the_dialog_keeps_the_rest()
    {
        Assert.Equal("JSON", Buckets.Classify(Stack("Newtonsoft.Json.JsonTextWriter.WriteValue()", "ZoneBot.Dialogs.Tickets.FileIssueDialog.SummaryStepAsync()")));
        Assert.Equal("recognizers", Buckets.Classify(Stack(
            "System.Text.RegularExpressions.Regex.Match()", "Microsoft.Recognizers.Text.DateTime.BaseDateTimeExtractor.Extract()", "ZoneBot.Dialogs.Tickets.FileIssueDialog.VisitStepAsync()")));
        Assert.Equal("dialog", Buckets.Classify(Stack("System.Linq.Enumerable.ToList()", "ZoneBot.Dialogs.Tickets.FileIssueDialog.SummaryStepAsync()")));
    }

    [Fact]
    public void An_unresolved_frame_counts_by_its_module_and_a_resolved_one_never_does()
    {
        Assert.Equal("SQL", Buckets.Classify([new StackFrame(string.Empty, "Microsoft.Data.Sqlite"), new StackFrame("ZoneBot.Dialogs.Main.MainDialog.RouteAsync()", "ZoneBot.Dialogs")]));
        Assert.Equal("dialog", Buckets.Classify([new StackFrame("Some.Helper.Run()", "Microsoft.Data.Sqlite"), new StackFrame("ZoneBot.Dialogs.Main.MainDialog.RouteAsync()", "ZoneBot.Dialogs")]));
    }

    [Fact]
    public void A_thread_waiting_for_work_is_idle_but_a_wait_inside_a_turn_is_the_turn_s()
    {
        Assert.Equal(ProfileBuckets.Idle, Buckets.Classify(Stack(
            "System.Threading.LowLevelLifoSemaphore.WaitForSignal()", "System.Threading.PortableThreadPool+WorkerThread.WorkerThreadStart()", "System.Threading.Thread.StartCallback()")));
        Assert.Equal("SQL", Buckets.Classify(Stack("System.Threading.Monitor.Wait()", "Npgsql.NpgsqlConnector.Open()", "ZoneBot.Dialogs.State.SqlStorage.WriteAsync()")));
        // The console logger's thread waiting for lines is idle, not logging's cost.
        Assert.Equal(ProfileBuckets.Idle, Buckets.Classify(Stack(
            "System.Threading.Monitor.Wait()", "System.Collections.Concurrent.BlockingCollection`1.TryTakeWithNoTimeValidation()", "Microsoft.Extensions.Logging.Console.ConsoleLoggerProcessor.ProcessLogQueue()")));
        Assert.Equal(ProfileBuckets.Other, Buckets.Classify(Stack("System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1.SetResult()", "System.Threading.ThreadPoolWorkQueue.Dispatch()")));
    }

    [Fact]
    public void Every_bucket_of_the_issue_is_there_with_other_and_idle_last()
    {
        var names = Buckets.Names.ToList();

        Assert.Subset(names.ToHashSet(), new HashSet<string> { "parse", "middleware", "state read and save", "dialog", "recognizers", "SQL", "JSON", "reply" });
        Assert.Equal([ProfileBuckets.Other, ProfileBuckets.Idle], names[^2..]);
    }

    private static StackFrame[] Stack(params string[] leafFirst) =>
        [.. leafFirst.Select(method => new StackFrame(method, method.Split('.')[0]))];
}
