using FaqBot.Bot;
using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Indexing;
using FaqBot.Core.Semantics;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// Holds the current answering engine and swaps in a rebuilt one when the knowledge base changes or staff ask
// for a reload; questions in flight finish on the engine they started with. The index folder stays open for the
// life of the host: a rebuild is written beside the live index and picked up through its SearcherManager.
// Building it costs nothing: the start-up sequence calls Open; a question asked before then waits for it. The first
// engine's follow-up check (one whole answer per heading) is left to CheckFollowUps after /readyz; a reply that offers
// follow-ups before it finishes waits for it, so only checked follow-ups are ever offered. A rebuilt engine is checked
// before it is swapped in.
public sealed partial class EngineHost : IQuestionAnswerer, IKnowledgeBaseAdmin, IDisposable
{
    private readonly FaqEngineSettings _settings;
    private readonly ILogger<EngineHost> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _reloadLock = new();
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile FaqEngine? _engine;
    private volatile string _indexedSignature = "";
    private IndexStore? _store;

    private readonly ISentenceEncoder? _encoder;
    private readonly MessageTriage _triage;

    public EngineHost(
        IHostEnvironment environment, IOptions<FaqEngineSettings> settings, SentenceEncoderHolder encoder, MessageTriage triage,
        TimeProvider timeProvider, ILogger<EngineHost> logger)
    {
        _encoder = encoder.Encoder;
        _triage = triage;
        _timeProvider = timeProvider;
        _settings = settings.Value;
        _settings.BaseDirectory = environment.ContentRootPath;
        _logger = logger;
    }

    // The current engine; before the start-up sequence opened the index, waits for it (or for its failure).
    public FaqEngine Engine => _engine ?? WaitForOpen();

    // Opens the index folder and the first engine (building the index when it is missing or stale).
    public void Open()
    {
        lock (_reloadLock)
        {
            try
            {
                _store ??= _settings.IndexPath is { } folder ? IndexStore.OpenFolder(folder) : null;
                _engine ??= Open(deferFollowUpCheck: true);
                _opened.TrySetResult();
            }
            catch (Exception ex)
            {
                _opened.TrySetException(ex);
                throw;
            }
        }
    }

    // Start-up failed before the index opened: questions waiting for it fail instead of waiting forever.
    public void Abandon(Exception reason) => _opened.TrySetException(reason);

    public string KnowledgeBasePath => _settings.KnowledgeBasePath;

    // The folder's signature taken just before the current index read it.
    public string IndexedSignature => _indexedSignature;

    public Answer Ask(string message)
    {
        try
        {
            return Engine.Ask(message);
        }
        catch (ObjectDisposedException)
        {
            return Engine.Ask(message); // swapped and released between reading _engine and searching: ask the new one
        }
    }

    public KnowledgeBaseSummary Describe()
    {
        var engine = Engine;
        var documents = engine.Searcher.Index.Passages
            .GroupBy(p => (p.SourceFile, p.DocumentTitle))
            .Select(g => new DocumentSummary(g.Key.SourceFile, g.Key.DocumentTitle, g.Count()))
            .OrderBy(d => d.SourceFile, StringComparer.Ordinal)
            .ToList();
        return new KnowledgeBaseSummary(documents, engine.OpenedAt, engine.FromSnapshot);
    }

    public Task<KnowledgeBaseSummary> ReloadAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        Reload();
        return Describe();
    }, cancellationToken);

    // A failed rebuild (say, a malformed synonyms line) keeps the last good engine answering.
    public bool Reload()
    {
        _ = Engine; // asked for during start-up: after the first engine is open (waiting inside the lock would block Open)
        lock (_reloadLock)
        {
            try
            {
                var previous = Engine;
                _engine = Open(deferFollowUpCheck: false);
                previous.Dispose(); // its index commit closes once the questions it is answering finish
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReloadFailed(_logger, ex);
                return false;
            }
        }
    }

    // Checks the current engine's follow-up questions (the start-up sequence calls this once /readyz reports ready).
    // Returns how many passed.
    public int CheckFollowUps()
    {
        while (true)
        {
            var engine = Engine;
            try
            {
                return engine.CheckFollowUps();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(engine, _engine))
            {
                // a rebuild swapped it out mid-check; the new engine was checked before it went live
            }
        }
    }

    private FaqEngine Open(bool deferFollowUpCheck)
    {
        _indexedSignature = KnowledgeBaseSignature.Compute(_settings.KnowledgeBasePath);
        var engine = FaqEngine.Open(
            _settings, forceRebuild: false, warn: message => LogWarning(_logger, message), timeProvider: _timeProvider, store: _store, encoder: _encoder,
            triage: _triage, deferFollowUpCheck: deferFollowUpCheck);
        LogOpened(_logger, engine.Searcher.Index.Passages.Count, engine.FromSnapshot, engine.OpenTime.TotalMilliseconds);
        return engine;
    }

    private FaqEngine WaitForOpen()
    {
        _opened.Task.GetAwaiter().GetResult(); // only a question racing the start-up sequence gets here
        return _engine!;
    }

    public void Dispose()
    {
        _opened.TrySetException(new ObjectDisposedException(nameof(EngineHost)));
        _engine?.Dispose();
        _store?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge base: {Message}")]
    private static partial void LogWarning(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index ready: {Passages} passages (from snapshot: {FromSnapshot}) in {Milliseconds:F0} ms")]
    private static partial void LogOpened(ILogger logger, int passages, bool fromSnapshot, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the index failed; the previous index keeps answering")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
