using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// How a model is stored: the main file (description, features, the keyword-only decision) and, beside it, per embedding
/// model one part with that model's decision (<c>answerability-model.snowflake-arctic-embed-xs.json</c>…), as the
/// triage weights are, and its scope model's examples in numbered files of at most <see cref="ExamplesPerFile"/> vectors
/// (<c>….examples-01.json</c>…). The examples grow with every training file (one part holding them all was 1.28 MB
/// with four files), and a committed file may have at most 1 MB.
/// </summary>
internal static class AnswerabilityModelParts
{
    /// <summary>Vectors per examples file: about 0.5 MB of base64 int8 vectors and their evidence positions.</summary>
    public const int ExamplesPerFile = 1000;

    private const string ExamplesInfix = ".examples-";

    /// <summary>One embedding model's decision as stored in its own file (its scope model without examples), or a run of
    /// that scope model's examples: answerable ones with their evidence passages, then not-covered ones.</summary>
    internal sealed record Part(string EmbeddingModel, FittedDecision? Decision, List<string>? Answerable = null,
        List<string>? AnswerableEvidence = null, List<string>? NotCovered = null);

    /// <summary>The part file's middle name for an embedding model id: its model name ("Snowflake/snowflake-arctic-embed-xs;
    /// …" → "snowflake-arctic-embed-xs"), letters, digits, dots and hyphens only.</summary>
    public static string NameOf(string embeddingModelId)
    {
        ArgumentNullException.ThrowIfNull(embeddingModelId);
        var name = embeddingModelId.Split(';')[0];
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')]);
    }

    /// <summary>The part files that belong beside <paramref name="mainPath"/> (same name, one more dotted segment).</summary>
    public static IEnumerable<string> PathsBeside(string mainPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(mainPath)) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(mainPath);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, stem + ".*" + Path.GetExtension(mainPath)).Order(StringComparer.Ordinal) : [];
    }

    /// <summary>The part file for <paramref name="embeddingModelId"/> beside <paramref name="mainPath"/>.</summary>
    public static string PathFor(string mainPath, string embeddingModelId) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(mainPath)) ?? ".",
            $"{Path.GetFileNameWithoutExtension(mainPath)}.{NameOf(embeddingModelId)}{Path.GetExtension(mainPath)}");

    /// <summary>Reads one part file.</summary>
    /// <exception cref="InvalidDataException">The part is empty.</exception>
    public static (Part Part, string Where) Read(Stream part, JsonSerializerOptions json, string where) =>
        (JsonSerializer.Deserialize<Part>(part, json) ?? throw new InvalidDataException($"{where}: empty model part"), where);

    /// <summary>
    /// Adds the parts to <paramref name="model"/>: every decision first, then the examples files in ordinal order of their
    /// names (they hold the examples in the order they were written, and the answerable ones line up with their evidence).
    /// </summary>
    /// <exception cref="InvalidDataException">Examples for an embedding model whose decision, with a scope model, is not among the parts.</exception>
    public static void Apply(AnswerabilityModel model, IReadOnlyList<(Part Part, string Where)> parts)
    {
        foreach (var (part, _) in parts.Where(p => p.Part.Decision is not null))
        {
            model.WithVectors[part.EmbeddingModel] = part.Decision!;
        }

        foreach (var (part, where) in parts.Where(p => p.Part.Decision is null).OrderBy(p => Path.GetFileName(p.Where), StringComparer.Ordinal))
        {
            if (!model.WithVectors.TryGetValue(part.EmbeddingModel, out var owner) || owner.Scope is not { } scope)
            {
                throw new InvalidDataException($"{where}: scope examples without a decision with a scope model for '{part.EmbeddingModel}'");
            }

            scope.Answerable.AddRange(part.Answerable ?? []);
            scope.AnswerableEvidence.AddRange(part.AnswerableEvidence ?? []);
            scope.NotCovered.AddRange(part.NotCovered ?? []);
        }
    }

    /// <summary>Writes one embedding model's decision beside <paramref name="mainPath"/>: its part without the scope
    /// model's examples, and the examples in numbered files, replacing the ones an earlier save wrote for this model.</summary>
    public static void Write(string mainPath, string embeddingModel, FittedDecision decision, JsonSerializerOptions json)
    {
        var partPath = PathFor(mainPath, embeddingModel);
        var stem = Path.GetFileNameWithoutExtension(partPath);
        // This model's examples files only: never another model's.
        foreach (var stale in PathsBeside(mainPath).Where(p => Path.GetFileName(p).StartsWith(stem + ExamplesInfix, StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }

        var node = Node(new Part(embeddingModel, decision), json);
        if (decision.Scope is { } scope)
        {
            var scopeNode = node["decision"]!["scope"]!.AsObject();
            foreach (var examples in (string[])["answerable", "answerableEvidence", "notCovered"])
            {
                scopeNode.Remove(examples);
            }

            var runs = Runs(scope).ToList();
            for (var i = 0; i < runs.Count; i++)
            {
                var examplesPath = Path.ChangeExtension(partPath, null) + $"{ExamplesInfix}{i + 1:D2}" + Path.GetExtension(partPath);
                File.WriteAllText(examplesPath, Node(runs[i] with { EmbeddingModel = embeddingModel }, json).ToJsonString(json) + "\n");
            }
        }

        File.WriteAllText(partPath, node.ToJsonString(json) + "\n");
    }

    // The scope model's examples in runs of at most ExamplesPerFile: the answerable ones (each with its evidence), then
    // the not-covered ones.
    private static IEnumerable<Part> Runs(ScopeModel scope)
    {
        for (var start = 0; start < scope.Answerable.Count; start += ExamplesPerFile)
        {
            var count = Math.Min(ExamplesPerFile, scope.Answerable.Count - start);
            var evidence = start < scope.AnswerableEvidence.Count
                ? scope.AnswerableEvidence.GetRange(start, Math.Min(count, scope.AnswerableEvidence.Count - start))
                : [];
            yield return new Part("", null, scope.Answerable.GetRange(start, count), evidence);
        }

        for (var start = 0; start < scope.NotCovered.Count; start += ExamplesPerFile)
        {
            yield return new Part("", null, NotCovered: scope.NotCovered.GetRange(start, Math.Min(ExamplesPerFile, scope.NotCovered.Count - start)));
        }
    }

    // A part as JSON without its empty members, so a decision's file carries no example lists and an examples file no decision.
    private static JsonObject Node(Part part, JsonSerializerOptions json)
    {
        var node = JsonSerializer.SerializeToNode(part, json)!.AsObject();
        foreach (var empty in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(empty);
        }

        return node;
    }
}
