namespace FaqBot.Core.Semantics;

/// <summary>
/// An encoder whose model loads on its own thread once <see cref="StartLoading"/> is called, so a server can open its
/// index meanwhile (creating an ONNX session is the longest step of start-up, and the index does not need it).
/// What the model card fixes (<see cref="ModelId"/>, <see cref="Dimensions"/>, <see cref="MaxTokens"/>) is known at
/// once, which is all an index opened from disk and triage's weights are checked against; encoding waits for the
/// load and rethrows its failure (a missing model file, named with its package).
/// </summary>
public sealed class DeferredSentenceEncoder : ISentenceEncoder, IDisposable
{
    private readonly Lazy<Task<ISentenceEncoder>> _loading;
    private readonly bool _owned;

    /// <summary>An encoder that <paramref name="load"/> creates when loading starts; disposed with this one unless
    /// <paramref name="ownsLoaded"/> is false (it is shared).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeferredSentenceEncoder(string modelId, int dimensions, int maxTokens, Func<ISentenceEncoder> load, bool ownsLoaded = true)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(load);
        ModelId = modelId;
        Dimensions = dimensions;
        MaxTokens = maxTokens;
        _owned = ownsLoaded;

        // Its own thread, not the pool's: on a 2-core machine the pool starts with two threads, and a request (or
        // /readyz) queued behind a second-long load would wait for the pool to grow.
        _loading = new(() => Task.Factory.StartNew(load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    /// <summary>Over an encoder loaded elsewhere (tests share one between many servers); not disposed with this one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="loaded"/> is null.</exception>
    public DeferredSentenceEncoder(ISentenceEncoder loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ModelId = loaded.ModelId;
        Dimensions = loaded.Dimensions;
        MaxTokens = loaded.MaxTokens;
        _loading = new(Task.FromResult(loaded));
    }

    /// <inheritdoc />
    public string ModelId { get; }

    /// <inheritdoc />
    public int Dimensions { get; }

    /// <inheritdoc />
    public int MaxTokens { get; }

    /// <summary>True once the model has loaded (and not failed).</summary>
    public bool IsLoaded => _loading.IsValueCreated && _loading.Value.IsCompletedSuccessfully;

    /// <summary>Starts loading the model (once; later calls return the same task), or returns the finished load.</summary>
    /// <returns>Completes when the model is loaded; faults with the load's exception.</returns>
    public Task StartLoading() => _loading.Value;

    /// <inheritdoc />
    public float[] EncodeQuery(string text) => Loaded().EncodeQuery(text);

    /// <inheritdoc />
    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Loaded().EncodePassages(texts, cancellationToken);

    /// <summary>Releases the loaded model; one still loading is released when it finishes.</summary>
    public void Dispose()
    {
        if (_owned && _loading.IsValueCreated)
        {
            _ = _loading.Value.ContinueWith(task => (task.Result as IDisposable)?.Dispose(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    // The first encoding before the start-up sequence asked for the model (tools, tests) starts the load itself;
    // GetResult rethrows the load's own exception (its type and message) to every caller.
    private ISentenceEncoder Loaded() => _loading.Value.GetAwaiter().GetResult();
}
