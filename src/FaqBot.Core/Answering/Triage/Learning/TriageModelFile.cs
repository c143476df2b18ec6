using System.Text.Json.Serialization;

namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>The committed weights file (JSON), as written by <c>faqbot triage-train</c>.</summary>
public sealed record TriageModelFile
{
    /// <summary>Format version; a reader refuses others. Version 2 stores each lexical classifier's feature ids as gaps
    /// from the previous id (<see cref="TriageModelFileFormat"/>), which keeps the committed files under 1 MB; version 1
    /// stored them whole.</summary>
    public int Version { get; init; } = TriageModelFileFormat.Current;

    /// <summary>The sentence-embedding model the embedding weights were fitted for (e.g. all-MiniLM-L6-v2).</summary>
    public string EmbeddingModel { get; init; } = "";

    /// <summary>The embedding's length.</summary>
    public int Dimensions { get; init; }

    /// <summary>Words per window when a long message is scored lexically.</summary>
    public int WindowWords { get; init; }

    /// <summary>What the weights were fitted on (files, SHA-256, counts), for the record.</summary>
    public string TrainedOn { get; init; } = "";

    /// <summary>One classifier per learned class over the embedding: crisis, emergency, advice.</summary>
    public List<DenseClassifier> Embedding { get; init; } = [];

    /// <summary>One classifier per learned class over the lexical features, in the same order.</summary>
    public List<SparseClassifier> Lexical { get; init; } = [];

    /// <summary>
    /// One classifier per learned class over the two views together (their log-odds), in the same order: a message that
    /// both views find somewhat likely is raised where neither alone would reach its threshold. Null in files fitted
    /// before it existed, or without embeddings: the two views decide alone.
    /// </summary>
    public List<JointClassifier>? Joint { get; init; }

    /// <summary>
    /// The crisis watch band's lower thresholds, below the crisis classifiers' own: a message scored between them gets
    /// crisis resources first and then its answer. Null in files fitted before the band existed: no band.
    /// </summary>
    public WatchThresholds? CrisisWatch { get; init; }
}

/// <summary>The (embedding, lexical) thresholds of the crisis watch band; <see cref="ThresholdSearch.Off"/> turns a view off.</summary>
public sealed record WatchThresholds(double Embedding, double Lexical)
{
    /// <summary>The band's threshold on the joint crisis score; <see cref="ThresholdSearch.Off"/> (files without a joint view) turns it off.</summary>
    public double Joint { get; init; } = ThresholdSearch.Off;
}

/// <summary>
/// A logistic regression over the log-odds of the embedding and lexical probabilities of one class, with its threshold.
/// </summary>
public sealed record JointClassifier(string Label, double EmbeddingWeight, double LexicalWeight, double Bias, double Threshold);

/// <summary>
/// A classifier over a dense vector, with its decision threshold: a logistic regression whose <paramref name="Weights"/>
/// weigh the vector, or, with a <see cref="Hidden"/> layer, an output unit whose weights weigh that layer's units.
/// </summary>
public sealed record DenseClassifier(string Label, double Bias, double Threshold, float[] Weights)
{
    /// <summary>The hidden layer of rectified units between the vector and the output (<see cref="HiddenLayerNetwork"/>), or null.</summary>
    public HiddenLayer? Hidden { get; init; }
}

/// <summary>A layer of rectified units: <paramref name="Weights"/> holds one row of the vector's length per unit, one after another.</summary>
public sealed record HiddenLayer(float[] Weights, float[] Biases);

/// <summary>A logistic regression over hashed features (only the non-zero weights), with its decision threshold.</summary>
public sealed record SparseClassifier(string Label, double Bias, double Threshold, int[] Features, float[] Weights);

/// <summary>Source-generated JSON for the weights file.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TriageModelFile))]
internal sealed partial class TriageModelJsonContext : JsonSerializerContext;
