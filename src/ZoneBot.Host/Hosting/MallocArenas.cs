using System.Runtime.InteropServices;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// How many heaps glibc's malloc may keep for the native side of the host (SQLite, ICU, the runtime's own allocations).
/// By default each thread that finds the arenas busy gets one of its own, up to 8 per core, and each keeps what was freed
/// in it: under load the thread pool's threads spread SQLite's allocations over a dozen arenas that never shrink.
/// </summary>
public static class MallocArenas
{
    /// <summary>Two arenas: the host's RSS after 10,000 conversations fell from about 297 to about 255 MB (issue 15),
    /// for the same CPU per turn (the 2 cores' threads rarely contend for one).</summary>
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
