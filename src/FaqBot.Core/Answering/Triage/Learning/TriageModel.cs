using System.Text.Json;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// The learned layer of triage: classifiers over the message's sentence embedding (a network with one hidden layer for
/// crisis, logistic regressions for the others) and logistic regressions over cheap lexical features of every window
/// of the message, one per class (crisis, emergency, advice), each with
/// the threshold chosen for recall on the tune half of the triage bank. Immutable and thread-safe.
/// </summary>
public sealed class TriageModel
{
    /// <summary>The weights files embedded in this assembly: this prefix, the encoder's name (<c>Embeddings:Model</c>), ".json".</summary>
    public const string ResourcePrefix = "FaqBot.Core.Answering.Triage.triage-model.";

    private readonly DenseClassifier[] _embedding;
    private readonly Dictionary<int, double>[] _lexical;
    private readonly SparseClassifier[] _lexicalHeads;
    private readonly JointClassifier[]? _joint;

    /// <summary>Builds the model from a weights file.</summary>
    /// <param name="file">The weights, with whole feature ids (as trained, or read by <see cref="Load"/>).</param>
    /// <exception cref="InvalidDataException">The file is not a complete weights file.</exception>
    public TriageModel(TriageModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Version is < 1 or > TriageModelFileFormat.Current || file.Embedding.Count != 3 || file.Lexical.Count != 3 || file.WindowWords < 1
            || file.Embedding.Any(c => !Fits(c, file.Dimensions))
            || file.Lexical.Any(c => c.Features.Length != c.Weights.Length)
            || file.Joint is { Count: not 3 })
        {
            throw new InvalidDataException("The triage weights file is not complete: retrain it with faqbot triage-train.");
        }

        File = file;
        _embedding = [.. file.Embedding];
        _lexicalHeads = [.. file.Lexical];
        _joint = file.Joint is null ? null : [.. file.Joint];
        _lexical = [.. file.Lexical.Select(c => c.Features.Zip(c.Weights).ToDictionary(p => p.First, p => (double)p.Second))];
    }

    // A regression weighs the vector; a network's hidden layer does, and its output weighs the layer's units.
    private static bool Fits(DenseClassifier classifier, int dimensions) => classifier.Hidden is not { } hidden
        ? classifier.Weights.Length == dimensions
        : hidden.Biases.Length == classifier.Weights.Length && hidden.Weights.Length == hidden.Biases.Length * dimensions;

    /// <summary>The weights file this model was built from.</summary>
    public TriageModelFile File { get; }

    /// <summary>The embedding model the weights were fitted for.</summary>
    public string EmbeddingModel => File.EmbeddingModel;

    /// <summary>The thresholds of the embedding classifiers.</summary>
    public TriageClassScores EmbeddingThresholds => new(_embedding[0].Threshold, _embedding[1].Threshold, _embedding[2].Threshold);

    /// <summary>The thresholds of the lexical classifiers.</summary>
    public TriageClassScores LexicalThresholds => new(_lexicalHeads[0].Threshold, _lexicalHeads[1].Threshold, _lexicalHeads[2].Threshold);

    /// <summary>The thresholds of the joint classifiers (<see cref="ThresholdSearch.Off"/> when the file has none).</summary>
    public TriageClassScores JointThresholds => _joint is null
        ? new(ThresholdSearch.Off, ThresholdSearch.Off, ThresholdSearch.Off)
        : new(_joint[0].Threshold, _joint[1].Threshold, _joint[2].Threshold);

    /// <summary>The crisis watch band's thresholds (embedding, lexical), or null when the file has no band.</summary>
    public WatchThresholds? CrisisWatch => File.CrisisWatch;

    /// <summary>The shipped weights fitted for <paramref name="encoder"/> (matched by its model id and dimensions).</summary>
    /// <exception cref="TriageModelMismatchException">No shipped weights were fitted for this encoder.</exception>
    public static TriageModel For(ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var shipped = ShippedNames().Select(name => (Name: name, Model: Shipped(name))).ToList();
        if (shipped.FirstOrDefault(s => s.Model.EmbeddingModel == encoder.ModelId && s.Model.File.Dimensions == encoder.Dimensions).Model is { } model)
        {
            return model;
        }

        throw new TriageModelMismatchException(
            $"No triage weights were fitted for the embedding model '{encoder.ModelId}' (shipped: {string.Join(", ", shipped.Select(s => s.Name))}); "
            + "fit them with faqbot triage-train (docs/architecture.md, Triage) or choose a shipped Embeddings:Model.");
    }

    /// <summary>The names of the shipped weights files (the encoders they were fitted for: ArcticXs, MiniLM…).</summary>
    public static IReadOnlyList<string> ShippedNames() =>
        [.. typeof(TriageModel).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length]).Order(StringComparer.Ordinal)];

    /// <summary>The shipped weights fitted for the encoder named <paramref name="name"/> (e.g. ArcticXs).</summary>
    /// <exception cref="ArgumentException">No such weights are shipped.</exception>
    public static TriageModel Shipped(string name)
    {
        using var stream = typeof(TriageModel).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new ArgumentException($"No triage weights named '{name}' are shipped.", nameof(name));
        return Load(stream);
    }

    /// <summary>Reads a weights file.</summary>
    /// <exception cref="InvalidDataException">The stream is not a weights file.</exception>
    public static TriageModel Load(Stream stream)
    {
        try
        {
            var file = JsonSerializer.Deserialize(stream, TriageModelJsonContext.Default.TriageModelFile)
                ?? throw new InvalidDataException("The triage weights file is empty.");
            return new TriageModel(TriageModelFileFormat.FromStored(file));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The triage weights file is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Writes <paramref name="file"/> as JSON, in the current format (<see cref="TriageModelFileFormat.ToStored"/>).</summary>
    public static void Save(TriageModelFile file, Stream stream) =>
        JsonSerializer.Serialize(stream, TriageModelFileFormat.ToStored(file), TriageModelJsonContext.Default.TriageModelFile);

    /// <summary>The embedding classifiers' probabilities for one L2-normalised sentence vector.</summary>
    /// <exception cref="ArgumentException">The vector's length is not the model's.</exception>
    public TriageClassScores ScoreEmbedding(ReadOnlySpan<float> vector)
    {
        if (vector.Length != File.Dimensions)
        {
            throw new ArgumentException($"The triage model expects {File.Dimensions}-dimensional vectors of {EmbeddingModel}, not {vector.Length}.", nameof(vector));
        }

        return new(TriageModelScoring.Dense(_embedding[0], vector), TriageModelScoring.Dense(_embedding[1], vector), TriageModelScoring.Dense(_embedding[2], vector));
    }

    /// <summary>
    /// The lexical classifiers' highest probability over the message's sentences and pairs of sentences, so a crisis
    /// sentence deep in a long paste is scored on its own (<see cref="TriageModelScoring.Lexical"/>).
    /// </summary>
    /// <param name="message">The message as typed (sentence punctuation matters), not normalized.</param>
    public TriageClassScores ScoreLexical(string message) => new(
        TriageModelScoring.Lexical(_lexical[0], _lexicalHeads[0].Bias, message, File.WindowWords),
        TriageModelScoring.Lexical(_lexical[1], _lexicalHeads[1].Bias, message, File.WindowWords),
        TriageModelScoring.Lexical(_lexical[2], _lexicalHeads[2].Bias, message, File.WindowWords));

    /// <summary>
    /// The joint classifiers' probabilities for one message's two views, or null when the file has no joint classifiers.
    /// </summary>
    public TriageClassScores? ScoreJoint(TriageClassScores embedding, TriageClassScores lexical) => _joint is null ? null : new(
        TriageModelScoring.Joint(_joint[0], embedding.Crisis, lexical.Crisis),
        TriageModelScoring.Joint(_joint[1], embedding.Emergency, lexical.Emergency),
        TriageModelScoring.Joint(_joint[2], embedding.Advice, lexical.Advice));

    /// <summary>Every learned score of one message, with the thresholds and the watch band they are compared to.</summary>
    /// <param name="message">The message as typed.</param>
    /// <param name="embedding">Its sentence embedding, or null: the embedding and joint views are left out.</param>
    public TriageScores Score(string message, float[]? embedding)
    {
        var lexical = ScoreLexical(message);
        var dense = embedding is null ? (TriageClassScores?)null : ScoreEmbedding(embedding);
        return new TriageScores(dense, lexical, EmbeddingThresholds, LexicalThresholds)
        {
            Joint = dense is { } e ? ScoreJoint(e, lexical) : null,
            JointThresholds = JointThresholds,
            CrisisWatch = CrisisWatch,
        };
    }
}
