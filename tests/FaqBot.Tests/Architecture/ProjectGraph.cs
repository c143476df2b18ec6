using System.Xml.Linq;

namespace FaqBot.Tests.Architecture;

/// <summary>
/// The project references of the repository's .csproj files, by project name (file name without .csproj). Read from the
/// files rather than from loaded assemblies: an unused reference still lets code compile against the project, so it is
/// the arrow that has to be kept pointing one way.
/// </summary>
internal static class ProjectGraph
{
    /// <summary>Every project under <paramref name="folder"/> (recursively, skipping bin and obj) and the projects it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read(string folder)
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            graph[Path.GetFileNameWithoutExtension(file)] = References(file);
        }

        return graph;
    }

    /// <summary>The names of the projects that <paramref name="csproj"/> references with ProjectReference.</summary>
    public static IReadOnlySet<string> References(string csproj) =>
        XDocument.Load(csproj).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? throw new InvalidOperationException($"{csproj}: a ProjectReference without Include"))
            .Select(path => Path.GetFileNameWithoutExtension(path.Replace('\\', Path.DirectorySeparatorChar)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Each reference in <paramref name="actual"/> that <paramref name="allowed"/> does not list, as "From → To", and
    /// each project that <paramref name="allowed"/> does not know as "From (not in the allowed graph)".
    /// </summary>
    public static IReadOnlyList<string> Violations(
        IReadOnlyDictionary<string, IReadOnlySet<string>> actual, IReadOnlyDictionary<string, string[]> allowed)
    {
        var violations = new List<string>();
        foreach (var (project, references) in actual.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!allowed.TryGetValue(project, out var may))
            {
                violations.Add($"{project} (not in the allowed graph)");
                continue;
            }

            violations.AddRange(references.Where(r => !may.Contains(r)).Order(StringComparer.Ordinal).Select(r => $"{project} → {r}"));
        }

        return violations;
    }

    /// <summary>Every project <paramref name="from"/> references, directly or through other projects of <paramref name="graph"/>.</summary>
    public static IReadOnlySet<string> Reachable(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(graph.GetValueOrDefault(from) ?? new HashSet<string>());
        while (pending.TryPop(out var project))
        {
            if (seen.Add(project))
            {
                foreach (var next in graph.GetValueOrDefault(project) ?? new HashSet<string>())
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The projects of <paramref name="allowed"/> in an order where each one comes after everything it may reference;
    /// throws when the allowed graph itself has a cycle (so it cannot be drawn as layers).
    /// </summary>
    public static IReadOnlyList<string> Layers(IReadOnlyDictionary<string, string[]> allowed)
    {
        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: done
        foreach (var project in allowed.Keys.Order(StringComparer.Ordinal))
        {
            Visit(project, allowed, state, order);
        }

        return order;
    }

    private static void Visit(string project, IReadOnlyDictionary<string, string[]> allowed, Dictionary<string, bool> state, List<string> order)
    {
        if (state.TryGetValue(project, out var done))
        {
            if (!done)
            {
                throw new InvalidOperationException($"The allowed project graph has a cycle through {project}.");
            }

            return;
        }

        state[project] = false;
        foreach (var reference in allowed.GetValueOrDefault(project) ?? [])
        {
            Visit(reference, allowed, state, order);
        }

        state[project] = true;
        order.Add(project);
    }
}
