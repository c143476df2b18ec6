using System.Collections.Concurrent;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

/// <summary>
/// Analyses passages for the index writer on a second thread, a few hundred ahead of it, so that analysis and
/// Lucene's inversion of the previous passages use both cores. The order is the passages' order, so document
/// numbers are the same as with one thread.
/// </summary>
internal static class AnalysisAhead
{
    // Below this many passages a second thread saves less than it costs to start.
    private const int ThreadedFrom = 512;
    private const int Ahead = 256;

    /// <summary>The analysed passages, in order; an analysis error is thrown to the enumerating thread.</summary>
    public static IEnumerable<AnalyzedPassage> Of(IReadOnlyList<Passage> passages, float[][][]? vectors)
    {
        if (passages.Count < ThreadedFrom)
        {
            var analyzer = new PassageAnalyzer();
            for (var i = 0; i < passages.Count; i++)
            {
                yield return analyzer.Analyze(passages[i], vectors?[i]);
            }

            yield break;
        }

        using var queue = new BlockingCollection<AnalyzedPassage>(Ahead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => Produce(passages, vectors, queue, stop.Token), stop.Token);
        try
        {
            foreach (var analyzed in queue.GetConsumingEnumerable(stop.Token))
            {
                yield return analyzed;
            }
        }
        finally
        {
            // The writer may stop early (an error, a lock held by another process): stop the producer before leaving.
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static void Produce(IReadOnlyList<Passage> passages, float[][][]? vectors, BlockingCollection<AnalyzedPassage> queue, CancellationToken stop)
    {
        try
        {
            var analyzer = new PassageAnalyzer();
            for (var i = 0; i < passages.Count; i++)
            {
                queue.Add(analyzer.Analyze(passages[i], vectors?[i]), stop);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }
}
