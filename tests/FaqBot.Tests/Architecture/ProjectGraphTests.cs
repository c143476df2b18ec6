using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Architecture;

/// <summary>
/// The production projects depend on each other one way only. Each project lists what it may reference; a reference
/// back up (Core → Bot, Storage → Server, Server → Cli…) or a new project left out of this list fails the build.
/// </summary>
public class ProjectGraphTests
{
    // Lowest layer first. A project may reference only what its line names; docs/architecture.md draws this graph.
    internal static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["FaqBot.Core"] = [],
        ["FaqBot.Embeddings"] = ["FaqBot.Core"],
        ["FaqBot.Schema"] = ["FaqBot.Core"],
        ["FaqBot.Storage"] = ["FaqBot.Schema", "FaqBot.Core"],
        ["FaqBot.Reports"] = ["FaqBot.Schema", "FaqBot.Core"],
        ["FaqBot.Bot"] = ["FaqBot.Reports", "FaqBot.Schema", "FaqBot.Core"],
        ["FaqBot.Channels"] = ["FaqBot.Bot", "FaqBot.Schema"],
        ["FaqBot.Server"] = ["FaqBot.Channels", "FaqBot.Bot", "FaqBot.Storage", "FaqBot.Embeddings", "FaqBot.Schema", "FaqBot.Core"],
        ["FaqBot.Synthetic"] = ["FaqBot.Storage", "FaqBot.Core"],
        ["FaqBot.Cli"] = ["FaqBot.Synthetic", "FaqBot.Reports", "FaqBot.Storage", "FaqBot.Embeddings", "FaqBot.Schema", "FaqBot.Core"],
    };

    // The synthetic data generators live with the tests but are compiled into the CLI, so their references count too.
    private static IReadOnlyDictionary<string, IReadOnlySet<string>> ProductionGraph()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>(ProjectGraph.Read(Path.Combine(Repo.Root, "src")), StringComparer.Ordinal);
        foreach (var (project, references) in ProjectGraph.Read(Path.Combine(Repo.Root, "tests", "FaqBot.Synthetic")))
        {
            graph[project] = references;
        }

        return graph;
    }

    [Fact]
    public void Every_production_project_references_only_what_the_allowed_graph_lists()
    {
        var actual = ProductionGraph();

        Assert.Contains("FaqBot.Core", actual.Keys);
        Assert.Contains("FaqBot.Synthetic", actual.Keys);
        var violations = ProjectGraph.Violations(actual, Allowed);
        Assert.True(violations.Count == 0, "References outside the allowed graph: " + string.Join(", ", violations));
    }

    [Fact]
    public void The_server_reaches_neither_the_operator_tool_nor_the_synthetic_generators()
    {
        // The CLI is the operator's tool and brings the synthetic data generators with it; neither may ship in the server,
        // directly or through another project.
        var allowed = Allowed.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value.ToHashSet(StringComparer.Ordinal));

        foreach (var reachable in new[] { ProjectGraph.Reachable(ProductionGraph(), "FaqBot.Server"), ProjectGraph.Reachable(allowed, "FaqBot.Server") })
        {
            Assert.Contains("FaqBot.Bot", reachable);
            Assert.DoesNotContain("FaqBot.Cli", reachable);
            Assert.DoesNotContain("FaqBot.Synthetic", reachable);
        }
    }

    [Fact]
    public void The_operator_tool_reaches_the_reports_but_not_the_bot()
    {
        var reachable = ProjectGraph.Reachable(ProductionGraph(), "FaqBot.Cli");

        Assert.Contains("FaqBot.Reports", reachable);
        Assert.DoesNotContain("FaqBot.Bot", reachable);
        Assert.DoesNotContain("FaqBot.Channels", reachable);
        Assert.DoesNotContain("FaqBot.Server", reachable);
    }

    [Fact]
    public void The_allowed_graph_has_no_cycle_and_names_only_known_projects()
    {
        var layers = ProjectGraph.Layers(Allowed);

        Assert.Equal("FaqBot.Core", layers[0]);
        Assert.All(Allowed.Values.SelectMany(r => r), r => Assert.Contains(r, Allowed.Keys));
    }

    [Fact]
    public void An_arrow_back_up_is_reported()
    {
        var actual = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["FaqBot.Core"] = new HashSet<string> { "FaqBot.Bot" },
            ["FaqBot.Bot"] = new HashSet<string> { "FaqBot.Core" },
            ["FaqBot.Extra"] = new HashSet<string>(),
        };

        Assert.Equal(["FaqBot.Core → FaqBot.Bot", "FaqBot.Extra (not in the allowed graph)"], ProjectGraph.Violations(actual, Allowed));
    }

    [Fact]
    public void A_cycle_in_the_allowed_graph_is_refused()
    {
        var cyclic = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["A"] };

        Assert.Throws<InvalidOperationException>(() => ProjectGraph.Layers(cyclic));
    }

    [Fact]
    public void Project_references_are_read_from_the_csproj()
    {
        var references = ProjectGraph.References(Path.Combine(Repo.Root, "src", "FaqBot.Storage", "FaqBot.Storage.csproj"));

        Assert.Contains("FaqBot.Schema", references);
        Assert.DoesNotContain("FaqBot.Bot", references);
    }
}
