using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// How a model is stored: the main file (description, features, the keyword-only decision) and, beside it, one file per
/// embedding model with that model's decision (<c>answerability-model.json</c> and
/// <c>answerability-model.snowflake-arctic-embed-xs.json</c>…), as the triage weights are. A decision with vectors
/// carries its scope examples, so one file for all of them would grow with every embedding model and every training
/// file; and a decision's not-covered examples go in a file of their own (<c>….not-covered.json</c>), because with the
/// fourth training file one embedding model's part reached 1.28 MB, past the 1 MB a committed file may have.
/// </summary>
internal static class AnswerabilityModelParts
{
    /// <summary>One embedding model's decision as stored in its own file, or (with no decision) its scope model's not-covered
    /// examples, stored beside it.</summary>
    internal sealed record Part(string EmbeddingModel, FittedDecision? Decision, List<string>? NotCovered = null);

    private const string NotCoveredSuffix = ".not-covered";

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

    /// <summary>The file beside <paramref name="mainPath"/> with the not-covered examples of <paramref name="embeddingModelId"/>.</summary>
    public static string NotCoveredPathFor(string mainPath, string embeddingModelId) =>
        Path.ChangeExtension(PathFor(mainPath, embeddingModelId), null) + NotCoveredSuffix + Path.GetExtension(mainPath);

    /// <summary>
    /// Adds one part to <paramref name="model"/>: a decision, or the not-covered examples of a decision added before it
    /// (parts are read in ordinal order of their names, and "….json" sorts before "….not-covered.json").
    /// </summary>
    /// <exception cref="InvalidDataException">The part is empty, or holds examples for a decision not read yet.</exception>
    public static void Add(AnswerabilityModel model, Stream part, JsonSerializerOptions json, string where)
    {
        var read = JsonSerializer.Deserialize<Part>(part, json) ?? throw new InvalidDataException($"{where}: empty model part");
        if (read.Decision is { } decision)
        {
            model.WithVectors[read.EmbeddingModel] = decision;
            return;
        }

        if (read.NotCovered is null || !model.WithVectors.TryGetValue(read.EmbeddingModel, out var owner) || owner.Scope is null)
        {
            throw new InvalidDataException($"{where}: not-covered examples without a decision with a scope model for '{read.EmbeddingModel}'");
        }

        owner.Scope.NotCovered.AddRange(read.NotCovered);
    }

    /// <summary>Writes one embedding model's decision beside <paramref name="mainPath"/>: its part, and its scope model's
    /// not-covered examples in a second file (written apart, so neither file nears 1 MB).</summary>
    public static void Write(string mainPath, string embeddingModel, FittedDecision decision, JsonSerializerOptions json)
    {
        var node = JsonSerializer.SerializeToNode(new Part(embeddingModel, decision), json)!.AsObject();
        node.Remove("notCovered");
        var notCovered = decision.Scope?.NotCovered;
        if (notCovered is { Count: > 0 })
        {
            node["decision"]!["scope"]!.AsObject().Remove("notCovered");
            var examples = JsonSerializer.SerializeToNode(new Part(embeddingModel, null, notCovered), json)!.AsObject();
            examples.Remove("decision");
            File.WriteAllText(NotCoveredPathFor(mainPath, embeddingModel), examples.ToJsonString(json) + "\n");
        }

        File.WriteAllText(PathFor(mainPath, embeddingModel), node.ToJsonString(json) + "\n");
    }
}
