using System.Diagnostics;
using FaqBot.Core.Analysis;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Highlighting;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Answering;

/// <summary>
/// The assembled answering core: knowledge base → Lucene index (the existing commit when it is current) →
/// searcher → answerer. Immutable once opened; to pick up a changed knowledge base, open a new engine, swap, and
/// dispose the old one (questions it is still answering finish first).
/// </summary>
public sealed class FaqEngine : IQuestionAnswerer, IDisposable
{
    private const int CachedAnswers = 2048;

    private readonly AnswerCache _cache = new(CachedAnswers);
    private readonly IndexStore? _ownedStore;

    private FaqEngine(
        FaqEngineSettings settings, Searcher searcher, KnowledgeBaseAnalyzers analyzers, KnowledgeBaseContent? content, bool fromSnapshot,
        TimeSpan openTime, DateTimeOffset openedAt, IndexStore? ownedStore, ISentenceEncoder? encoder, MessageTriage? triage, Action<string>? warn,
        bool checkFollowUps)
    {
        Settings = settings;
        Searcher = searcher;
        Content = content;
        FromSnapshot = fromSnapshot;
        OpenTime = openTime;
        OpenedAt = openedAt;
        _ownedStore = ownedStore;
        FaqAnswerer? answerer = null;
        FollowUps = new FollowUpSuggester(searcher.Index.Passages, question => answerer!.AnsweringHit(question));
        Encoder = encoder;
        var model = settings.Search.AnswerabilityModelPath is { Length: > 0 } path
            ? AnswerabilityModel.Load(Path.GetFullPath(path, settings.BaseDirectory))
            : AnswerabilityModel.BuiltIn();
        var fitted = model.For(encoder?.ModelId);
        if (fitted is null && encoder is not null)
        {
            warn?.Invoke($"no answerability model is fitted for {encoder.ModelId}; keyword coverage decides until `faqbot fit` is run with it");
        }

        // The scope model knows which questions the documents it was fitted on leave out; other documents, and
        // passages added or edited since, get the retrieval-only decision until `faqbot fit` is run with questions about them.
        Decision = fitted?.For(searcher.Index.Passages);

        if (Decision is { MatchesFeatures: false })
        {
            warn?.Invoke("the answerability model was fitted on other features; keyword coverage decides until `faqbot fit` is run again");
            Decision = null;
        }

        // Without an encoder and without a triage built by the host: rules alone (tests and tools; the server and the
        // CLI always build triage over an encoder, so they never run without its learned layer).
        Triage = triage is null ? (encoder is null ? new MessageTriage(null) : MessageTriage.For(encoder)) : Checked(triage, encoder);
        Answerer = answerer = new FaqAnswerer(
            searcher, new QuoteBuilder(analyzers.Terms), FollowUps, Triage, settings.Clinic, settings.Search, encoder, Decision, settings.ExampleQuestions);
        if (checkFollowUps)
        {
            CheckFollowUps(); // checked now, with the answerer's own decisions, not on the first question
        }
    }

    /// <summary>The settings the engine was opened with.</summary>
    public FaqEngineSettings Settings { get; }

    /// <summary>The searcher over the index.</summary>
    public Searcher Searcher { get; }

    /// <summary>The ingested knowledge base, or null when the index folder was current and nothing was ingested.</summary>
    public KnowledgeBaseContent? Content { get; }

    /// <summary>True when the index folder already held a current index, so nothing was rebuilt.</summary>
    public bool FromSnapshot { get; }

    /// <summary>How long opening took.</summary>
    public TimeSpan OpenTime { get; }

    /// <summary>When the engine was opened (UTC).</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>The checked follow-up questions (checked when the engine opened, unless the opener deferred it).</summary>
    public FollowUpSuggester FollowUps { get; }

    /// <summary>The sentence encoder of questions and passages, or null for keyword search alone.</summary>
    public ISentenceEncoder? Encoder { get; }

    /// <summary>The triage in use (its learned layer reads the same encoder's vectors).</summary>
    public MessageTriage Triage { get; }

    /// <summary>The answer-or-abstain model in use, or null (keyword coverage against <c>Search:AbstainBelow</c>).</summary>
    public FittedDecision? Decision { get; }

    /// <summary>The uncached answering pipeline.</summary>
    public FaqAnswerer Answerer { get; }

    /// <summary>
    /// Opens the engine: uses the index in <paramref name="store"/> (or the configured index folder) when it was built
    /// from the current knowledge base, else ingests and writes a new index beside the live one.
    /// </summary>
    /// <remarks><paramref name="triage"/>: the triage to use, built over the same encoder instance as
    /// <paramref name="encoder"/> (a host builds it once per process; with keyword-only retrieval, over the encoder
    /// loaded for triage alone); null: the shipped weights for <paramref name="encoder"/>, or rules alone without one.
    /// <paramref name="deferFollowUpCheck"/>: true leaves the follow-up check (one whole answer per heading) to
    /// <see cref="CheckFollowUps"/> or to the first answer that offers follow-ups, which then waits for it; a server uses
    /// this to report ready sooner.</remarks>
    /// <exception cref="TriageModelMismatchException">No shipped triage weights were fitted for <paramref name="encoder"/>.</exception>
    /// <exception cref="KnowledgeBaseNotFoundException">The knowledge-base folder does not exist.</exception>
    /// <exception cref="SynonymFormatException">synonyms.txt has a malformed line.</exception>
    public static FaqEngine Open(
        FaqEngineSettings settings, bool forceRebuild = false, IProgress<IngestProgress>? progress = null, Action<string>? warn = null,
        TimeProvider? timeProvider = null, IndexStore? store = null, ISentenceEncoder? encoder = null, MessageTriage? triage = null,
        bool deferFollowUpCheck = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var openedAt = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var kbPath = settings.KnowledgeBasePath;
        if (!Directory.Exists(kbPath))
        {
            throw new KnowledgeBaseNotFoundException(kbPath);
        }

        var analyzers = KnowledgeBaseAnalyzers.Load(kbPath);
        var fingerprint = KnowledgeBaseFingerprint.Compute(kbPath, IngestionSettingsKey(settings.KnowledgeBase));
        var ownedStore = store is null ? OpenStore(settings) : null;
        KnowledgeBaseContent? content = null;
        IReadOnlyList<Passage> Ingest()
        {
            content = new KnowledgeBaseLoader(settings.KnowledgeBase).Load(kbPath, progress);
            foreach (var warning in content.Warnings)
            {
                warn?.Invoke($"{warning.SourceFile}: {warning.Message}");
            }

            return [.. content.AllPassages];
        }

        try
        {
            var index = KeywordIndex.Open(store ?? ownedStore!, fingerprint, forceRebuild, Ingest, warn, out var rebuilt, encoder);
            var searcher = new Searcher(index, analyzers.Query, analyzers.Terms, settings.Search);
            return new FaqEngine(settings, searcher, analyzers, content, !rebuilt, stopwatch.Elapsed, openedAt, ownedStore, encoder, triage, warn,
                checkFollowUps: !deferFollowUpCheck);
        }
        catch
        {
            ownedStore?.Dispose();
            throw;
        }
    }

    /// <summary>An engine over an index built elsewhere (benchmarks over a generated knowledge base); it owns <paramref name="index"/>.</summary>
    /// <exception cref="SynonymFormatException">synonyms.txt has a malformed line.</exception>
    public static FaqEngine OverIndex(FaqEngineSettings settings, KeywordIndex index, ISentenceEncoder? encoder = null, MessageTriage? triage = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(index);
        var analyzers = KnowledgeBaseAnalyzers.Load(settings.KnowledgeBasePath);
        var searcher = new Searcher(index, analyzers.Query, analyzers.Terms, settings.Search);
        return new FaqEngine(settings, searcher, analyzers, null, false, TimeSpan.Zero, (timeProvider ?? TimeProvider.System).GetUtcNow(), null, encoder, triage,
            warn: null, checkFollowUps: true);
    }

    /// <summary>Checks the follow-up questions now, if not already done (each candidate is answered once).</summary>
    /// <returns>How many follow-up questions passed the check.</returns>
    public int CheckFollowUps() => FollowUps.All.Count;

    /// <inheritdoc/>
    public Answer Ask(string message) => _cache.GetOrAdd(message ?? "", Answerer.Ask);

    /// <summary>Answers without the answer cache: the whole answering path, for benchmarks.</summary>
    public Answer AskUncached(string message) => Answerer.Ask(message ?? "");

    /// <summary>Releases the index commit this engine reads (after the questions it is answering finish).</summary>
    public void Dispose()
    {
        Searcher.Index.Dispose();
        _ownedStore?.Dispose();
    }

    // The vector retrieval computes is the one triage scores: triage must read the same encoder instance.
    private static MessageTriage Checked(MessageTriage triage, ISentenceEncoder? encoder)
    {
        if (encoder is not null && triage.Encoder is not null && !ReferenceEquals(encoder, triage.Encoder))
        {
            throw new ArgumentException("Triage must be built over the engine's own sentence encoder instance.", nameof(triage));
        }

        if (encoder is not null && triage.Model is { File.Dimensions: > 0 } model && model.EmbeddingModel != encoder.ModelId)
        {
            throw new TriageModelMismatchException(
                $"The triage weights were fitted for '{model.EmbeddingModel}', but retrieval's encoder is '{encoder.ModelId}'.");
        }

        return triage;
    }

    private static IndexStore OpenStore(FaqEngineSettings settings) =>
        settings.IndexPath is { } path ? IndexStore.OpenFolder(path) : IndexStore.InMemory();

    // Ingestion settings change what the index holds, so they are part of the fingerprint.
    private static string IngestionSettingsKey(KnowledgeBaseOptions options)
    {
        var rules = options.Boilerplate;
        var lines = rules.EffectiveLineRules().Select(r => $"{r.Name}={r.Pattern}/{r.MaxWords}");
        var sections = rules.EffectiveSectionRules().Select(r => $"{r.Name}={r.HeaderPattern}/{r.ItemPattern}");
        return string.Join("\n", [$"max={options.MaxFileBytes}/{options.MaxPdfAndWordBytes}", $"repeat={rules.RepeatedLineMinFraction}/{rules.RepeatedLineMinDocuments}",
            $"short={rules.ShortFragmentMaxWords}", .. lines, .. sections]);
    }
}
