using FaqBot.Core.Semantics;

namespace FaqBot.Tests.Core.Semantics;

public sealed class DeferredSentenceEncoderTests
{
    [Fact]
    public void ModelCard_IsKnownWithoutLoading()
    {
        var loads = 0;
        using var encoder = new DeferredSentenceEncoder("model-x", 3, 128, () =>
        {
            loads++;
            return new FixedEncoder();
        });

        Assert.Equal(("model-x", 3, 128), (encoder.ModelId, encoder.Dimensions, encoder.MaxTokens));
        Assert.Equal(0, loads);
        Assert.False(encoder.IsLoaded);
    }

    [Fact]
    public async Task StartLoading_ReturnsBeforeTheLoadFinishes_AndLoadsOnAnotherThread()
    {
        using var gate = new ManualResetEventSlim();
        var loadThread = -1;
        using var encoder = new DeferredSentenceEncoder("model-x", 3, 128, () =>
        {
            loadThread = Environment.CurrentManagedThreadId;
            gate.Wait(TimeSpan.FromMinutes(1));
            return new FixedEncoder();
        });

        var loading = encoder.StartLoading();
        Assert.False(loading.IsCompleted);
        gate.Set();
        await loading.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(Environment.CurrentManagedThreadId, loadThread);
        Assert.True(encoder.IsLoaded);
        Assert.Same(loading, encoder.StartLoading()); // once
    }

    [Fact]
    public void Encode_BeforeStartLoading_LoadsOnceAndEncodes()
    {
        var loads = 0;
        using var encoder = new DeferredSentenceEncoder("model-x", 3, 128, () =>
        {
            Interlocked.Increment(ref loads);
            return new FixedEncoder();
        });

        Assert.Equal([1f, 0f, 0f], encoder.EncodeQuery("a"));
        Assert.Equal([[1f, 0f, 0f]], encoder.EncodePassages(["b"]));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task LoadFails_EveryCallerGetsTheLoadsOwnException()
    {
        using var encoder = new DeferredSentenceEncoder("model-x", 3, 128,
            () => throw new FileNotFoundException("model.onnx is missing (package SentenceTransformers.X)"));

        var fromStart = await Assert.ThrowsAsync<FileNotFoundException>(() => encoder.StartLoading());
        var fromQuery = Assert.Throws<FileNotFoundException>(() => encoder.EncodeQuery("a"));
        var fromPassages = Assert.Throws<FileNotFoundException>(() => encoder.EncodePassages(["b"]));

        Assert.Contains("SentenceTransformers.X", fromQuery.Message, StringComparison.Ordinal);
        Assert.Same(fromStart, fromQuery);
        Assert.Same(fromStart, fromPassages);
        Assert.False(encoder.IsLoaded);
    }

    [Fact]
    public async Task Dispose_ReleasesAnOwnedModel_LeavesASharedOne()
    {
        var owned = new FixedEncoder();
        var shared = new FixedEncoder();
        var lent = new FixedEncoder();
        var ownedWrapper = new DeferredSentenceEncoder("m", 3, 128, () => owned);
        var lentWrapper = new DeferredSentenceEncoder("m", 3, 128, () => lent, ownsLoaded: false);
        var sharedWrapper = new DeferredSentenceEncoder(shared);
        await ownedWrapper.StartLoading();
        await lentWrapper.StartLoading();

        ownedWrapper.Dispose();
        lentWrapper.Dispose();
        sharedWrapper.Dispose();

        Assert.True(owned.Disposed);
        Assert.False(lent.Disposed);
        Assert.False(shared.Disposed);
    }

    private sealed class FixedEncoder : ISentenceEncoder, IDisposable
    {
        public bool Disposed { get; private set; }

        public int Dimensions => 3;

        public string ModelId => "model-x";

        public int MaxTokens => 128;

        public float[] EncodeQuery(string text) => [1f, 0f, 0f];

        public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            [.. texts.Select(_ => new[] { 1f, 0f, 0f })];

        public void Dispose() => Disposed = true;
    }
}
