namespace ZoneBot.Benchmarks.Reporting;

/// <summary>
/// The repository's root (the folder of ZoneBot.sln), found upwards from this build's output; `dotnet run
/// --project` starts the benchmark in the project's folder, so the working directory cannot be trusted for docs/.
/// </summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneBot.sln")))
            {
                return folder.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>Where the load benchmark draws its chart by default: docs/benchmarks-latency.png.</summary>
    public static string DefaultChart => Path.Combine(Find(), "docs", "benchmarks-latency.png");
}
