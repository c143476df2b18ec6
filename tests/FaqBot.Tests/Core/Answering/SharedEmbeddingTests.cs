using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Semantics;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering;

/// <summary>One embedding per turn, from the one encoder instance retrieval and triage share (issue 9's speed target).</summary>
public sealed class SharedEmbeddingTests
{
    [Theory]
    [InlineData("how long does an infusion take")]
    [InlineData("i have been saving up my pills and i think tonight is the night")]
    [InlineData("should i stop my antidepressant before my first session")]
    public void Ask_AnyMessage_EmbedsItExactlyOnce(string message)
    {
        var counting = new CountingEncoder(SeedEngine.Encoder);
        // Not disposed: the index belongs to the shared seed engine.
        var engine = FaqEngine.OverIndex(SeedEngine.Settings(), SeedEngine.Instance.Searcher.Index, counting);
        counting.Reset();

        engine.AskUncached(message);

        Assert.Equal(1, counting.Queries);
        Assert.Same(counting, engine.Triage.Encoder);
    }

    [Fact]
    public void OverIndex_TriageOverAnotherEncoderInstance_IsRefused()
    {
        var triage = MessageTriage.For(new CountingEncoder(SeedEngine.Encoder));

        var act = () => FaqEngine.OverIndex(SeedEngine.Settings(), SeedEngine.Instance.Searcher.Index, new CountingEncoder(SeedEngine.Encoder), triage);

        Assert.Throws<ArgumentException>(act);
    }

    private sealed class CountingEncoder(ISentenceEncoder inner) : ISentenceEncoder
    {
        private int _queries;

        public int Queries => _queries;

        public int Dimensions => inner.Dimensions;

        public string ModelId => inner.ModelId;

        public int MaxTokens => inner.MaxTokens;

        public void Reset() => _queries = 0;

        public float[] EncodeQuery(string text)
        {
            Interlocked.Increment(ref _queries);
            return inner.EncodeQuery(text);
        }

        public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            inner.EncodePassages(texts, cancellationToken);
    }
}
