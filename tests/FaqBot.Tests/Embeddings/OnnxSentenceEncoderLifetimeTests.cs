using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

// Disposing the encoder while it encodes must wait for the runs in flight: an ONNX session freed under a running
// batch reads freed native memory and crashes the process (the test host here) instead of throwing.
public sealed class OnnxSentenceEncoderLifetimeTests
{
    [Fact]
    public async Task Dispose_WhileEncodingOnOtherThreads_WaitsForThemAndLaterCallsThrow()
    {
        var encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = EmbeddingModel.MiniLM });
        var texts = Enumerable.Range(0, 48).Select(i => $"Passage {i}: ketamine sessions last about forty minutes, then you rest.").ToList();
        using var started = new CountdownEvent(3);
        var batches = Enumerable.Range(0, 2).Select(_ => Task.Run(() => { started.Signal(); return encoder.EncodePassages(texts); })).ToList();
        var query = Task.Run(() => { started.Signal(); return encoder.EncodeQuery("how long is a session"); });
        started.Wait();

        encoder.Dispose();

        // Each call either finished whole (it was running when Dispose came) or was refused; none was cut short.
        foreach (var batch in batches)
        {
            var outcome = await Record.ExceptionAsync(async () => Assert.All(await batch, v => Assert.Equal(384, v.Length)));
            Assert.True(outcome is null or ObjectDisposedException, outcome?.ToString());
        }

        var queryOutcome = await Record.ExceptionAsync(async () => Assert.Equal(384, (await query).Length));
        Assert.True(queryOutcome is null or ObjectDisposedException, queryOutcome?.ToString());
        Assert.Throws<ObjectDisposedException>(() => encoder.EncodeQuery("after disposal"));
        encoder.Dispose(); // twice is harmless
    }
}
