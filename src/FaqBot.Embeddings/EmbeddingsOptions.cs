using System.ComponentModel.DataAnnotations;

namespace FaqBot.Embeddings;

/// <summary>Options for the sentence encoder (configuration section "Embeddings").</summary>
public sealed class EmbeddingsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Embeddings";

    /// <summary>The model to load.</summary>
    /// <value>The default value is <see cref="EmbeddingModel.MiniLM"/>.</value>
    public EmbeddingModel Model { get; set; } = EmbeddingModel.MiniLM;

    /// <summary>
    /// The folder holding one sub-folder per model (<c>all-MiniLM-L6-v2/model.onnx</c>, <c>vocab.txt</c>…); empty
    /// means the <c>models</c> folder the build puts beside the application's binaries.
    /// </summary>
    /// <value>The default value is empty.</value>
    public string? ModelsPath { get; set; }

    /// <summary>
    /// Passages run through the model together; each batch is padded to its longest passage. Small batches cost
    /// least per passage with one thread per run (less padding; measured in docs/benchmarks.md).
    /// </summary>
    /// <value>The default value is 8.</value>
    [Range(1, 256)]
    public int BatchSize { get; set; } = 8;

    /// <summary>How many batches run at once, each on one core; 0 means one per processor.</summary>
    /// <value>The default value is 0.</value>
    [Range(0, 256)]
    public int MaxDegreeOfParallelism { get; set; }
}
