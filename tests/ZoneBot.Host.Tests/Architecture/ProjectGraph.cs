using System.Xml.Linq;

namespace ZoneBot.Host.Tests.Architecture;

/// <summary>
/// The projects of the repository as their .csproj files declare them: each with the projects it references and the
/// packages (or package DLLs) it uses; <see cref="Reach"/> follows the project references transitively.
/// The Bot Framework comes in by a property (UseBotFramework, UseBotAspNetCore: see Directory.Build.targets), which is
/// read as the package Microsoft.Bot.Builder.
/// </summary>
public sealed class ProjectGraph(IReadOnlyDictionary<string, ProjectGraph.Project> projects)
{
    public sealed record Project(string Name, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> Packages);

    public IReadOnlyDictionary<string, Project> Projects => projects;

    /// <summary>Every project's .csproj under src/ and dialogs/ of the repository that holds ZoneBot.sln.</summary>
    public static ProjectGraph Load()
    {
        var root = RepositoryRoot();
        var files = new[] { "src", "dialogs" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return new ProjectGraph(files.Select(Read).ToDictionary(project => project.Name));
    }

    /// <summary>What the project reaches: itself, the projects it references, theirs, and all their packages.</summary>
    public (IReadOnlySet<string> Projects, IReadOnlySet<string> Packages) Reach(string name)
    {
        var seen = new HashSet<string>();
        var packages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || !projects.TryGetValue(next, out var project))
            {
                continue;
            }
            packages.UnionWith(project.Packages);
            foreach (var reference in project.ProjectReferences)
            {
                pending.Push(reference);
            }
        }
        return (seen, packages);
    }

    private static Project Read(string file)
    {
        var xml = XDocument.Load(file);
        var elements = xml.Descendants().ToList();
        string[] Includes(string item) => [.. elements.Where(element => element.Name.LocalName == item)
            .Select(element => (string?)element.Attribute("Include")).OfType<string>()];

        var packages = Includes("PackageReference")
            .Concat(Includes("PackageDownload"))
            .Concat(Includes("Reference").Select(reference => Path.GetFileNameWithoutExtension(reference.Replace('\\', '/'))))
            .ToList();
        if (elements.Any(element => element.Name.LocalName is "UseBotFramework" or "UseBotAspNetCore"
            && element.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            packages.Add("Microsoft.Bot.Builder");
        }
        var references = Includes("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Replace('\\', '/')))
            .ToList();
        return new Project(Path.GetFileNameWithoutExtension(file), references, packages);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("ZoneBot.sln not found above " + AppContext.BaseDirectory);
    }
}
