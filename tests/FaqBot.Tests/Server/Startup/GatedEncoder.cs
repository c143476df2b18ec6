using FaqBot.Core.Semantics;

namespace FaqBot.Tests.Server.Startup;

// An encoder that holds back every question except the ones a test lets through, until the test opens the gate: it
// makes "this work has not finished yet" a state a test can hold, instead of a race it hopes to win.
internal sealed class GatedEncoder(ISentenceEncoder inner, params string[] passes) : ISentenceEncoder, IDisposable
{
    private readonly ManualResetEventSlim _gate = new();

    public int Dimensions => inner.Dimensions;

    public string ModelId => inner.ModelId;

    public int MaxTokens => inner.MaxTokens;

    public void Open() => _gate.Set();

    public float[] EncodeQuery(string text)
    {
        if (!passes.Contains(text) && !_gate.Wait(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("the test never opened the gate");
        }

        return inner.EncodeQuery(text);
    }

    // Passages (an index build) are never held back.
    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        inner.EncodePassages(texts, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
