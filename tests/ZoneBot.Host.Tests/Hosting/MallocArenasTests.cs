using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>The host limits glibc's malloc arenas at start (fewer native heaps kept under load).</summary>
public sealed class MallocArenasTests
{
    [Fact]
    public void On_linux_glibc_takes_the_arena_limit()
    {
        // The tests run on Linux with glibc, as the zone's host does: mallopt must accept M_ARENA_MAX.
        Assert.True(OperatingSystem.IsLinux());
        Assert.True(MallocArenas.Apply());
        Assert.Equal(2, MallocArenas.Limit);
    }
}
