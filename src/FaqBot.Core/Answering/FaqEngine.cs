using System.Diagnostics;
using FaqBot.Core.Analysis;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Highlighting;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Core.Answering;

/// <summary>
/// The assembled answering core: knowledge base → index (from a snapshot when it is current) → searcher →
/// answerer. Immutable once opened; to pick up a changed knowledge base, open a new engine and swap.
/// </summary>
public sealed class FaqEngine : IQuestionAnswerer
{
    private const int CachedAnswers = 2048;

    private readonly FaqAnswerer _answerer;
    private readonly AnswerCache _cache = new(CachedAnswers);

    private FaqEngine(
        FaqEngineSettings settings, Searcher searcher, Analyzer termAnalyzer, KnowledgeBaseContent? content, bool fromSnapshot,
        TimeSpan openTime, DateTimeOffset openedAt)
    {
        Settings = settings;
        Searcher = searcher;
        Content = content;
        FromSnapshot = fromSnapshot;
        OpenTime = openTime;
        OpenedAt = openedAt;
        FollowUps = new FollowUpSuggester(searcher, settings.Search.AbstainBelow);
        _answerer = new FaqAnswerer(searcher, new QuoteBuilder(termAnalyzer), FollowUps, new MessageTriage(), settings.Clinic, settings.Search);
    }

    /// <summary>The settings the engine was opened with.</summary>
    public FaqEngineSettings Settings { get; }

    /// <summary>The searcher over the index.</summary>
    public Searcher Searcher { get; }

    /// <summary>The ingested knowledge base, or null when the index came from a snapshot.</summary>
    public KnowledgeBaseContent? Content { get; }

    /// <summary>True when the index was read from a current snapshot instead of being built.</summary>
    public bool FromSnapshot { get; }

    /// <summary>How long opening took.</summary>
    public TimeSpan OpenTime { get; }

    /// <summary>When the engine was opened (UTC).</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>The checked follow-up questions.</summary>
    public FollowUpSuggester FollowUps { get; }

    /// <summary>Opens the engine: reads the snapshot when it matches the knowledge base, else ingests and builds (and writes a new snapshot).</summary>
    /// <exception cref="KnowledgeBaseNotFoundException">The knowledge-base folder does not exist.</exception>
    /// <exception cref="SynonymFormatException">synonyms.txt has a malformed line.</exception>
    public static FaqEngine Open(
        FaqEngineSettings settings, bool forceRebuild = false, IProgress<IngestProgress>? progress = null, Action<string>? warn = null,
        TimeProvider? timeProvider = null)
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
        var snapshotPath = settings.SnapshotPath;
        PassageIndex? index = null;
        KnowledgeBaseContent? content = null;
        if (!forceRebuild && snapshotPath is not null && !PassageIndex.TryReadSnapshot(snapshotPath, fingerprint, out index, out var reason) && File.Exists(snapshotPath))
        {
            warn?.Invoke($"Rebuilding the index: {reason}.");
        }

        var fromSnapshot = index is not null;
        if (index is null)
        {
            content = new KnowledgeBaseLoader(settings.KnowledgeBase).Load(kbPath, progress);
            foreach (var warning in content.Warnings)
            {
                warn?.Invoke($"{warning.SourceFile}: {warning.Message}");
            }

            index = PassageIndex.Build([.. content.AllPassages], analyzers.Terms, fingerprint);
            if (snapshotPath is not null)
            {
                TryWriteSnapshot(index, snapshotPath, warn);
            }
        }

        var searcher = new Searcher(index, analyzers.Query, settings.Search);
        return new FaqEngine(settings, searcher, analyzers.Terms, content, fromSnapshot, stopwatch.Elapsed, openedAt);
    }

    /// <inheritdoc/>
    public Answer Ask(string message) => _cache.GetOrAdd(message ?? "", _answerer.Ask);

    // Ingestion settings change what the index holds, so they are part of the fingerprint.
    private static string IngestionSettingsKey(KnowledgeBaseOptions options)
    {
        var rules = options.Boilerplate;
        var lines = rules.EffectiveLineRules().Select(r => $"{r.Name}={r.Pattern}/{r.MaxWords}");
        var sections = rules.EffectiveSectionRules().Select(r => $"{r.Name}={r.HeaderPattern}/{r.ItemPattern}");
        return string.Join("\n", [$"max={options.MaxFileBytes}/{options.MaxPdfAndWordBytes}", $"repeat={rules.RepeatedLineMinFraction}/{rules.RepeatedLineMinDocuments}",
            $"short={rules.ShortFragmentMaxWords}", .. lines, .. sections]);
    }

    private static void TryWriteSnapshot(PassageIndex index, string path, Action<string>? warn)
    {
        try
        {
            index.WriteSnapshot(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The index works without a snapshot; only the next start is slower.
            warn?.Invoke($"Could not write the index snapshot {path}: {ex.Message}");
        }
    }
}
