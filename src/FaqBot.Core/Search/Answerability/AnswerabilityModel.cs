using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// Decides answer or abstain: a calibrated probability that the best fused passages answer the question, from the
/// retrieval's <see cref="AnswerabilitySignals"/>, and the threshold chosen for it. Fitted by <c>faqbot fit</c> on
/// the tune half of the question bank only; one model for retrieval with vectors, one for keyword search alone.
/// </summary>
public sealed class AnswerabilityModel
{
    // Relaxed escaping: the scope examples are base64, and the default encoder writes every '+' as six characters.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How the file was made, for whoever reads it.</summary>
    public string Description { get; set; } = "";

    /// <summary>The feature names, in order (<see cref="AnswerabilitySignals.FeatureNames"/>).</summary>
    public List<string> Features { get; set; } = [.. AnswerabilitySignals.FeatureNames];

    /// <summary>The model for fused keyword + semantic retrieval, keyed by the embedding model it was fitted with.</summary>
    public Dictionary<string, FittedDecision> WithVectors { get; set; } = [];

    /// <summary>The model for keyword retrieval alone.</summary>
    public FittedDecision? KeywordOnly { get; set; }

    /// <summary>The decision for <paramref name="embeddingModelId"/> (null: keyword search alone). Without a fit for that
    /// embedding model, another model's decision is used only when it has no scope model: scope features compare the
    /// question's vector with example vectors of the model they were fitted with, meaningless in another model's space.</summary>
    public FittedDecision? For(string? embeddingModelId)
    {
        if (embeddingModelId is null)
        {
            return KeywordOnly;
        }

        return WithVectors.TryGetValue(embeddingModelId, out var exact) ? exact : WithVectors.Values.FirstOrDefault(d => d.Scope is null);
    }

    /// <summary>The model built into FaqBot (fitted on the shipped knowledge base): the main file and one part per embedding model.</summary>
    public static AnswerabilityModel BuiltIn()
    {
        const string Prefix = "FaqBot.Core.answerability-model";
        var assembly = typeof(AnswerabilityModel).Assembly;
        AnswerabilityModel model;
        using (var stream = assembly.GetManifestResourceStream(Prefix + ".json")
            ?? throw new InvalidOperationException("The built-in answerability model is missing from FaqBot.Core."))
        {
            model = JsonSerializer.Deserialize<AnswerabilityModel>(stream, Json) ?? new AnswerabilityModel();
        }

        var parts = new List<(AnswerabilityModelParts.Part, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + ".", StringComparison.Ordinal) && n != Prefix + ".json"))
        {
            using var part = assembly.GetManifestResourceStream(name)!;
            parts.Add(AnswerabilityModelParts.Read(part, Json, name));
        }

        AnswerabilityModelParts.Apply(model, parts);
        return model;
    }

    /// <summary>Reads a model file and the part files beside it (<see cref="AnswerabilityModelParts"/>).</summary>
    /// <exception cref="InvalidDataException">A file is not a model or a part; the message names it.</exception>
    public static AnswerabilityModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = path;
        try
        {
            var model = JsonSerializer.Deserialize<AnswerabilityModel>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty model");
            var parts = new List<(AnswerabilityModelParts.Part, string)>();
            foreach (var partPath in AnswerabilityModelParts.PathsBeside(path))
            {
                current = partPath;
                using var part = File.OpenRead(partPath);
                parts.Add(AnswerabilityModelParts.Read(part, Json, partPath));
            }

            AnswerabilityModelParts.Apply(model, parts);
            return model;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{current}: not an answerability model: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the model as indented JSON: the main file at <paramref name="path"/> and, beside it, one part per
    /// embedding model and its scope model's examples in numbered files (<see cref="AnswerabilityModelParts"/>).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var main = new AnswerabilityModel { Description = Description, Features = Features, KeywordOnly = KeywordOnly };
        File.WriteAllText(path, JsonSerializer.Serialize(main, Json) + "\n");
        foreach (var (embeddingModel, decision) in WithVectors)
        {
            AnswerabilityModelParts.Write(path, embeddingModel, decision, Json);
        }
    }
}

/// <summary>One fitted decision: the logistic model and the threshold to answer.</summary>
/// <param name="Model">The logistic regression.</param>
/// <param name="AnswerAbove">Answer when the probability is at least this.</param>
/// <param name="TuneFigures">The tune-half figures at this threshold, for the record.</param>
/// <param name="Ranker">The fitted fusion of keyword and semantic evidence per candidate passage; null: reciprocal-rank fusion.</param>
/// <param name="Scope">The in-scope model over the question's embedding; null: the decision uses the retrieval signals alone.</param>
/// <param name="WithoutScope">The same fit without the scope features, for another knowledge base than the scope model's.</param>
public sealed record FittedDecision(
    LogisticModel Model, double AnswerAbove, string TuneFigures, LogisticModel? Ranker = null, ScopeModel? Scope = null, FittedDecision? WithoutScope = null)
{
    /// <summary>The passages the scope decides for, after edits (<see cref="ScopeModel.UnchangedPassages"/>); null: all of
    /// them. Set by <see cref="For(IReadOnlyList{Passage})"/>, never stored.</summary>
    [JsonIgnore]
    public IReadOnlySet<string>? ScopedPassages { get; init; }

    /// <summary>The decision to use over <paramref name="passages"/>: this one on the knowledge base its scope model was
    /// fitted on; after edits that leave <see cref="ScopeModel.MinUnchangedShare"/> of it unchanged, this one routing each
    /// question by its best passage (<see cref="ForBest"/>); elsewhere its retrieval-only fit (null when it has none).</summary>
    public FittedDecision? For(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (Scope is null || Scope.KnowledgeBase == ScopeModel.KeyOf(passages))
        {
            return this;
        }

        return WithoutScope is not null && Scope.UnchangedPassages(passages) is { } unchanged ? this with { ScopedPassages = unchanged } : WithoutScope;
    }

    /// <summary>The decision for a question whose best fused passage is <paramref name="best"/>: the scope's labels hold
    /// for a passage it was fitted on; a passage added or edited since gets the retrieval-only fit.</summary>
    public FittedDecision ForBest(Passage? best) =>
        ScopedPassages is null || best is null || ScopedPassages.Contains(best.Id) || WithoutScope is null ? this : WithoutScope;

    /// <summary>The decision for a fused search result (<see cref="ForBest"/> of its best passage) and that decision's
    /// probability that the result answers the question (0 when the result carries no signals).</summary>
    public (FittedDecision Used, double Probability) Decide(SearchResult fused, float[]? questionVector)
    {
        ArgumentNullException.ThrowIfNull(fused);
        var used = ForBest(fused.Hits.FirstOrDefault()?.Passage);
        return (used, fused.Signals is { } signals ? used.Probability(signals, questionVector) : 0);
    }

    /// <summary>The probability that the best fused passages answer the question.</summary>
    /// <param name="signals">The retrieval's signals.</param>
    /// <param name="questionVector">The question's embedding, for the scope features; null without embeddings.</param>
    public double Probability(AnswerabilitySignals signals, float[]? questionVector = null)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return Model.Predict(Features(signals, Scope?.Features(questionVector)));
    }

    /// <summary>Whether the fitted weights match today's features (a model file fitted before a feature was added does not);
    /// a mismatch would fail every question, so the engine falls back instead.</summary>
    public bool MatchesFeatures =>
        Model.Weights.Length == AnswerabilitySignals.FeatureNames.Count + (Scope is null ? 0 : ScopeModel.FeatureNames.Count)
        && (Ranker is null || Ranker.Weights.Length == Searcher.CandidateFeatureNames.Count)
        && (ScopedPassages is null || WithoutScope is { MatchesFeatures: true });

    /// <summary>The model's input: the retrieval signals, then the scope features when the decision has a scope model.</summary>
    public static double[] Features(AnswerabilitySignals signals, double[]? scopeFeatures)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return scopeFeatures is null ? signals.Features() : [.. signals.Features(), .. scopeFeatures];
    }
}
