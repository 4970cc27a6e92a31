using System.Reflection;

namespace ZoneBot.Host.Tests.Architecture;

/// <summary>
/// Issue 17: what may reference what (docs/architecture.md), checked on the .csproj graph, transitively, and on the
/// built assemblies. The Bot Framework stays at the edges: a move to its successor touches the bot and channel
/// projects, never the domain or the data.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>A project, and what it must not reach: projects by name, packages by name or prefix (ending in '.').</summary>
    public sealed record Rule(string Project, string[] Forbidden, string Why);

    private const string BotFramework = "Microsoft.Bot.";

    /// <summary>The rules, as data.</summary>
    public static readonly Rule[] Rules =
    [
        new("ZoneBot.Domain", ["ZoneBot.Data", "ZoneBot.Dialogs.Core", "ZoneBot.Dialogs", "ZoneBot.Bot", "ZoneBot.DirectLine", "ZoneBot.WeCom", "ZoneBot.Host", BotFramework],
            "the domain references nothing of ours and no Bot Framework"),
        new("ZoneBot.Data", ["ZoneBot.Dialogs.Core", "ZoneBot.Dialogs", "ZoneBot.Bot", "ZoneBot.DirectLine", "ZoneBot.WeCom", "ZoneBot.Host", BotFramework],
            "data knows the domain only, and no Bot Framework"),
        new("ZoneBot.Dialogs.Core", ["ZoneBot.Domain", "ZoneBot.Data", "ZoneBot.Dialogs"],
            "the dialog layer is Bot Framework plumbing without the zone's domain"),
        new("ZoneBot.DirectLine", ["ZoneBot.Dialogs", "ZoneBot.Bot", "ZoneBot.Host"],
            "a channel hands activities to the adapter; it never knows the conversation"),
        new("ZoneBot.Dialogs", ["ZoneBot.Bot", "ZoneBot.DirectLine", "ZoneBot.WeCom", "ZoneBot.Host"],
            "the conversation knows no channel and no host"),
        new("ZoneBot.Bot", ["ZoneBot.DirectLine", "ZoneBot.WeCom", "ZoneBot.Host"],
            "the bot plumbing knows no channel of its own"),
    ];

    /// <summary>
    /// Projects that must exist for the rules to mean anything. ZoneBot.Bot and ZoneBot.DirectLine are not here: they
    /// are being split out of the host and the dialogs, and their rules are skipped only while they are absent.
    /// </summary>
    private static readonly string[] Required = ["ZoneBot.Domain", "ZoneBot.Data", "ZoneBot.Dialogs.Core", "ZoneBot.Dialogs", "ZoneBot.Host"];

    public static TheoryData<string> RuleNames => [.. Rules.Select(rule => rule.Project)];

    [Fact]
    public void The_projects_the_rules_rest_on_are_found()
    {
        var graph = ProjectGraph.Load();

        Assert.All(Required, name => Assert.Contains(name, graph.Projects.Keys));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_project_reaches_nothing_it_must_not_through_its_project_and_package_references(string project)
    {
        var graph = ProjectGraph.Load();
        if (!graph.Projects.ContainsKey(project))
        {
            // ZoneBot.Bot and ZoneBot.DirectLine do not exist yet on every branch: checked from the day they do.
            Assert.DoesNotContain(project, Required);
            return;
        }

        Assert.Empty(Violations(graph, Rules.Single(rule => rule.Project == project)));
    }

    [Fact]
    public void A_reference_that_breaks_a_rule_is_found_however_deep()
    {
        var graph = new ProjectGraph(new Dictionary<string, ProjectGraph.Project>
        {
            ["ZoneBot.Data"] = new("ZoneBot.Data", ["ZoneBot.Domain", "ZoneBot.Helpers"], ["Dapper"]),
            ["ZoneBot.Domain"] = new("ZoneBot.Domain", [], []),
            ["ZoneBot.Helpers"] = new("ZoneBot.Helpers", ["ZoneBot.Dialogs.Core"], []),
            ["ZoneBot.Dialogs.Core"] = new("ZoneBot.Dialogs.Core", [], ["Microsoft.Bot.Builder"]),
        });

        var violations = Violations(graph, Rules.Single(rule => rule.Project == "ZoneBot.Data"));

        Assert.Equal(["ZoneBot.Dialogs.Core", "Microsoft.Bot.Builder"], violations);
    }

    [Theory]
    [InlineData("ZoneBot.Domain")]
    [InlineData("ZoneBot.Data")]
    public void The_built_domain_and_data_reference_no_Bot_Framework_assembly(string assembly)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<AssemblyName>([new AssemblyName(assembly)]);
        var reached = new List<string>();
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name.Name!))
            {
                continue;
            }
            reached.Add(name.Name!);
            // Only ours are followed: the framework's own references are not the question.
            if (name.Name!.StartsWith("ZoneBot.", StringComparison.Ordinal) || name.Name.StartsWith(BotFramework, StringComparison.Ordinal))
            {
                foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Push(reference);
                }
            }
        }

        Assert.DoesNotContain(reached, name => name.StartsWith(BotFramework, StringComparison.Ordinal));
        Assert.DoesNotContain(reached, name => name.StartsWith("ZoneBot.Dialogs", StringComparison.Ordinal));
    }

    private static List<string> Violations(ProjectGraph graph, Rule rule)
    {
        var (projects, packages) = graph.Reach(rule.Project);
        return [.. rule.Forbidden.Where(forbidden => !forbidden.EndsWith('.') && projects.Contains(forbidden))
            .Concat(rule.Forbidden.Where(forbidden => forbidden.EndsWith('.'))
                .SelectMany(prefix => packages.Where(package => package.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))))];
    }
}
