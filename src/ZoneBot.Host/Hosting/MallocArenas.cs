using System.Runtime.InteropServices;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// How many heaps glibc's malloc may keep for the native side of the host (SQLite, ICU, the runtime's own allocations).
/// By default every new thread that allocates gets an arena of its own, up to 8 per core, and each keeps what was freed
/// in it: under load the thread pool's threads spread SQLite's allocations over 16 arenas on 2 cores that never shrink.
/// Set from Main, the limit binds the threads started after it; the runtime's own threads started before keep theirs
/// (6 arenas in all under load). <c>MALLOC_ARENA_MAX=2</c> in the environment (the systemd unit in docs/deployment.md)
/// limits them from the start.
/// </summary>
public static class MallocArenas
{
    /// <summary>Two: with <c>MALLOC_ARENA_MAX=2</c> the host's RSS through 10,000 conversations averaged 262 against 290 MB (issue 15).</summary>
    public const int Limit = 2;

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;

    /// <summary>Limits the arenas made from now on, on Linux with glibc; elsewhere nothing. Call it first, before the threads start.</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return MallOpt(ArenaMaxParameter, Limit) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no mallopt in some builds): its own allocator, its own rules.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);
}
