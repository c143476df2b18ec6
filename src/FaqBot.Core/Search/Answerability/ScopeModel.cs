using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// Is a question in the documents' scope at all? Learned from labelled questions (the tune half of the bank): their
/// embeddings, answerable or not covered (cost, insurance, number of sessions, parking…), kept as examples. A new
/// question's features are how much closer it is to the answerable examples than to the not-covered ones (nearest,
/// and mean of the three nearest) and a logistic regression over the embedding itself, so a new wording of a known
/// out-of-scope topic is recognised without any rule for it. What is out of scope depends on the documents (a handbook
/// that covers parking makes parking questions answerable), so the model remembers the knowledge base it was fitted on
/// (<see cref="KnowledgeBase"/>) and its passages (<see cref="Passages"/>): it is used there, and after small edits for
/// questions whose best passage is one it was fitted on (<see cref="UnchangedPassages"/>).
/// </summary>
public sealed class ScopeModel
{
    /// <summary>Ridge penalty of the logistic regression over the embedding's dimensions (chosen by 5-fold cross-validation on the tune half).</summary>
    public const double EmbeddingL2 = 100;

    /// <summary>The share of the fitted passages that must still be present, unchanged, for the scope to keep deciding
    /// questions answered from them: below it, too much of what the examples were labelled against has gone.</summary>
    public const double MinUnchangedShare = 0.9;

    private const int Neighbours = 3;
    private const string Float32 = "float32";
    private const string Int8 = "int8";

    private static readonly IReadOnlyDictionary<string, float> Empty = new Dictionary<string, float>();

    private float[][]? _answerable;
    private float[][]? _notCovered;
    private string[][]? _evidence;

    // The last question's similarities to the answerable examples: one answer reads them twice, to rank
    // (EvidenceSimilarities) and to decide (Features), with the same vector. Replaced whole, so a concurrent
    // question only ever misses the cache.
    private AnswerableSimilarities? _last;

    /// <summary>The feature names, in the order of <see cref="Features"/>.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["scope_nearest", "scope_top3", "scope_embedding"];

    /// <summary>How <see cref="Answerable"/> and <see cref="NotCovered"/> are stored: "int8" (written since models grew past a
    /// megabyte: a float32 scale, then one signed byte a dimension) or "float32" (model files written before).</summary>
    public string VectorFormat { get; set; } = Float32;

    /// <summary>The answerable examples' embeddings (base64, <see cref="VectorFormat"/>), as stored in the model file.</summary>
    public List<string> Answerable { get; set; } = [];

    /// <summary>The not-covered examples' embeddings, as stored.</summary>
    public List<string> NotCovered { get; set; } = [];

    /// <summary>For each answerable example, in the order of <see cref="Answerable"/>, the passages holding its evidence:
    /// positions in <see cref="Passages"/>, separated by spaces (empty when none does). Empty in model files written before
    /// the ranking learned from labelled questions (<see cref="EvidenceSimilarities"/>).</summary>
    public List<string> AnswerableEvidence { get; set; } = [];

    /// <summary>The logistic regression over the embedding (answerable = 1).</summary>
    public LogisticModel? Embedding { get; set; }

    /// <summary>The <see cref="KeyOf"/> of the passages the examples were labelled against.</summary>
    public string KnowledgeBase { get; set; } = "";

    /// <summary>The ids (<see cref="Passage.Id"/>: file and text) of the passages the examples were labelled against; empty in
    /// model files written before they were recorded, which then apply only to the exact <see cref="KnowledgeBase"/>.</summary>
    public List<string> Passages { get; set; } = [];

    /// <summary>
    /// The passages of <paramref name="passages"/> this model was fitted on, when at least <see cref="MinUnchangedShare"/>
    /// of those are still there unchanged; null otherwise (or when the model recorded no passages). A clinic that fixes a
    /// typo or adds a page keeps the scope for every question answered from the passages it was labelled against.
    /// </summary>
    public IReadOnlySet<string>? UnchangedPassages(IEnumerable<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var fitted = Passages.ToHashSet(StringComparer.Ordinal);
        var unchanged = passages.Select(p => p.Id).Where(fitted.Contains).ToHashSet(StringComparer.Ordinal);
        return fitted.Count > 0 && unchanged.Count >= MinUnchangedShare * fitted.Count ? unchanged : null;
    }

    /// <summary>Identifies a knowledge base by its passages' sources, headings and text (SHA-256, hex).</summary>
    public static string KeyOf(IEnumerable<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var passage in passages)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{passage.SourceFile}\u0001{passage.Heading}\u0001{passage.Text}\u0002"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Fits the scope model on labelled question embeddings.</summary>
    /// <param name="examples">The questions' embeddings, answerable or not, and for an answerable one the passages holding
    /// its evidence (positions in <paramref name="passages"/>; null or empty: none recorded).</param>
    /// <param name="passages">The knowledge base the questions were labelled against (null: none recorded, for cross-validation folds).</param>
    /// <exception cref="ArgumentException">No example of either kind.</exception>
    public static ScopeModel Fit(IReadOnlyList<(float[] Vector, bool Answerable, IReadOnlyList<int>? Evidence)> examples, IReadOnlyList<Passage>? passages = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (!examples.Any(e => e.Answerable) || examples.All(e => e.Answerable))
        {
            throw new ArgumentException("The scope model needs answerable and not-covered examples.", nameof(examples));
        }

        var answerable = examples.Where(e => e.Answerable).ToList();
        return new ScopeModel
        {
            Answerable = [.. answerable.Select(e => Encode(e.Vector))],
            AnswerableEvidence = passages is null ? [] : [.. answerable.Select(e => string.Join(' ', e.Evidence ?? []))],
            NotCovered = [.. examples.Where(e => !e.Answerable).Select(e => Encode(e.Vector))],
            KnowledgeBase = passages is null ? "" : KeyOf(passages),
            Passages = passages is null ? [] : [.. passages.Select(p => p.Id)],
            VectorFormat = Int8,
            Embedding = LogisticRegression.Fit([.. examples.Select(e => e.Vector.Select(x => (double)x).ToArray())], [.. examples.Select(e => e.Answerable ? 1 : 0)], EmbeddingL2),
        };
    }

    /// <summary>
    /// For each passage that holds the evidence of an answerable example, the highest cosine similarity of such an
    /// example to <paramref name="question"/>, by <see cref="Passage.Id"/>: a new wording of a question somebody labelled
    /// points at the passage that answered it, which the fitted fusion weighs beside the keyword and semantic evidence.
    /// Empty without a question vector or without recorded evidence.
    /// </summary>
    public IReadOnlyDictionary<string, float> EvidenceSimilarities(float[]? question)
    {
        if (question is null || AnswerableEvidence.Count != Answerable.Count || Passages.Count == 0)
        {
            return Empty;
        }

        _evidence ??= [.. AnswerableEvidence.Select(ParseEvidence)];
        var similarities = ToAnswerable(question);
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < similarities.Length; i++)
        {
            var similarity = similarities[i];
            if (_evidence[i].Length == 0 || float.IsNaN(similarity))
            {
                continue;
            }

            foreach (var passage in _evidence[i])
            {
                if (!best.TryGetValue(passage, out var known) || similarity > known)
                {
                    best[passage] = similarity;
                }
            }
        }

        return best;
    }

    /// <summary>The scope features of a question embedding; zeros without one (keyword search alone).</summary>
    public double[] Features(float[]? question)
    {
        if (question is null)
        {
            return new double[FeatureNames.Count];
        }

        _notCovered ??= [.. NotCovered.Select(Decode)];
        var (nearestIn, top3In) = NearestExamples.Of(ToAnswerable(question), Neighbours);
        var (nearestOut, top3Out) = NearestExamples.Of(Similarities(_notCovered, question), Neighbours);
        var embedding = Embedding is null || Embedding.Weights.Length != question.Length ? 0.5 : Embedding.Predict([.. question.Select(x => (double)x)]);
        return [nearestIn - nearestOut, top3In - top3Out, embedding];
    }

    // The question's similarity to each example; NaN for an example of another length (another embedding model).
    private static float[] Similarities(float[][] examples, float[] question) =>
        [.. examples.Select(e => e.Length == question.Length ? VectorMath.Dot(e, question) : float.NaN)];

    private float[] ToAnswerable(float[] question)
    {
        if (_last is { } last && ReferenceEquals(last.Question, question))
        {
            return last.Similarities;
        }

        _answerable ??= [.. Answerable.Select(Decode)];
        var similarities = Similarities(_answerable, question);
        _last = new AnswerableSimilarities(question, similarities);
        return similarities;
    }

    // Positions into Passages, as passage ids; a position outside the list (a hand-edited file) is ignored.
    private string[] ParseEvidence(string positions) =>
        [.. positions.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < Passages.Count ? Passages[n] : null)
            .OfType<string>()];

    // One scale a vector and a signed byte a dimension: a quarter of float32's size, and a cosine similarity off by
    // about 0.001 at most, which the fitted features absorb (they are computed from the decoded vectors too).
    private static string Encode(float[] vector)
    {
        var largest = vector.Length == 0 ? 0 : vector.Max(Math.Abs);
        var scale = largest == 0 ? 1f : largest / 127f;
        var bytes = new byte[sizeof(float) + vector.Length];
        BitConverter.TryWriteBytes(bytes, scale);
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[sizeof(float) + i] = unchecked((byte)(sbyte)Math.Round(vector[i] / scale));
        }

        return Convert.ToBase64String(bytes);
    }

    private float[] Decode(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        if (VectorFormat != Int8)
        {
            var floats = new float[bytes.Length / sizeof(float)];
            Buffer.BlockCopy(bytes, 0, floats, 0, floats.Length * sizeof(float));
            return floats;
        }

        var scale = BitConverter.ToSingle(bytes, 0);
        var vector = new float[bytes.Length - sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = unchecked((sbyte)bytes[sizeof(float) + i]) * scale;
        }

        return vector;
    }

    private sealed record AnswerableSimilarities(float[] Question, float[] Similarities);
}
