using System.Text.Json;

namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// How a model is stored: the main file (description, features, the keyword-only decision) and, beside it, one file per
/// embedding model with that model's decision (<c>answerability-model.json</c> and
/// <c>answerability-model.snowflake-arctic-embed-xs.json</c>…), as the triage weights are. A decision with vectors
/// carries its scope examples (~0.9 MB each), so one file for all of them would grow with every embedding model and
/// every training file.
/// </summary>
internal static class AnswerabilityModelParts
{
    /// <summary>One embedding model's decision as stored in its own file.</summary>
    internal sealed record Part(string EmbeddingModel, FittedDecision Decision);

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

    /// <summary>Adds the decision of one part to <paramref name="model"/>.</summary>
    public static void Add(AnswerabilityModel model, Stream part, JsonSerializerOptions json, string where)
    {
        var read = JsonSerializer.Deserialize<Part>(part, json) ?? throw new InvalidDataException($"{where}: empty model part");
        model.WithVectors[read.EmbeddingModel] = read.Decision;
    }
}
