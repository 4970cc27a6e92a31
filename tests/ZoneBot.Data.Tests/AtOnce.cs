
namespace ZoneBot.Data.Tests;

/// <summary>
/// Calls made at the same moment: a thread each, released together. Microsoft.Data.Sqlite's async methods
/// complete synchronously and the thread pool starts with a thread per core, so <c>Task.Run</c> alone would
/// mostly run the calls one after another; Npgsql's calls overlap either way.
/// </summary>
internal static class AtOnce
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> call)
    {
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, count).Select(i => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                return call(i).GetAwaiter().GetResult();
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        start.Set();
        return await Task.WhenAll(calls);
    }
}
