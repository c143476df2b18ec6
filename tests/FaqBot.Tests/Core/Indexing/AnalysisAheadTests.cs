using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.Indexing;

// Passages are analysed on a second thread ahead of the index writer; the writer may stop early, and an analysis
// error must reach it rather than end the stream quietly.
public sealed class AnalysisAheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Of_ThousandsOfPassages_ComeInTheirOrder()
    {
        var passages = Make(3_000);

        var ids = AnalysisAhead.Of(passages, null).Select(a => a.Passage.Id).ToList();

        Assert.Equal(passages.Select(p => p.Id), ids);
    }

    [Fact]
    public async Task Of_WriterStopsEarly_TheAnalysisThreadStopsToo()
    {
        var passages = Make(20_000);

        var first = await Task.Run(() => AnalysisAhead.Of(passages, null).Take(10).Select(a => a.Passage.Id).ToList())
            .WaitAsync(Patience);

        Assert.Equal(passages.Take(10).Select(p => p.Id), first);
    }

    [Theory]
    [InlineData(100)] // analysed on the writer's thread
    [InlineData(2_000)] // analysed ahead on a second thread
    public async Task Of_APassageFailsToAnalyse_TheErrorReachesTheWriter(int count)
    {
        var passages = Make(count);
        passages[count / 2] = passages[count / 2] with { Text = null! };

        var reading = Task.Run(() => AnalysisAhead.Of(passages, null).Count()).WaitAsync(Patience);

        await Assert.ThrowsAsync<ArgumentNullException>(() => reading);
    }

    private static List<Passage> Make(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Passage($"p{i}", "Title", "Heading", "f.md", i, i, $"passage number {i} about ketamine"))];
}
