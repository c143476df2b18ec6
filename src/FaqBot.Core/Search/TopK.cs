namespace FaqBot.Core.Search;

/// <summary>The k largest scores of a span, by a bounded min-heap: one comparison for most elements.</summary>
internal static class TopK
{
    /// <summary>Up to <paramref name="k"/> (index, score) pairs with the largest scores among those <paramref name="include"/>d; unordered.</summary>
    public static List<(int Index, float Score)> Select(ReadOnlySpan<float> scores, bool[] include, int k)
    {
        var heap = new (int Index, float Score)[Math.Max(1, k)];
        var count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!include[i])
            {
                continue;
            }

            var item = (i, scores[i]);
            if (count < k)
            {
                heap[count++] = item;
                SiftUp(heap, count - 1);
            }
            else if (Before(heap[0], item))
            {
                heap[0] = item;
                SiftDown(heap, count);
            }
        }

        return [.. heap.AsSpan(0, count)];
    }

    // a ranks below b: lower score, or the same score and a higher index.
    private static bool Before((int Index, float Score) a, (int Index, float Score) b) =>
        a.Score < b.Score || (a.Score == b.Score && a.Index > b.Index);

    private static void SiftUp((int Index, float Score)[] heap, int i)
    {
        while (i > 0 && Before(heap[i], heap[(i - 1) / 2]))
        {
            (heap[i], heap[(i - 1) / 2]) = (heap[(i - 1) / 2], heap[i]);
            i = (i - 1) / 2;
        }
    }

    private static void SiftDown((int Index, float Score)[] heap, int count)
    {
        var i = 0;
        while (true)
        {
            var smallest = i;
            for (var child = (2 * i) + 1; child <= (2 * i) + 2 && child < count; child++)
            {
                if (Before(heap[child], heap[smallest]))
                {
                    smallest = child;
                }
            }

            if (smallest == i)
            {
                return;
            }

            (heap[i], heap[smallest]) = (heap[smallest], heap[i]);
            i = smallest;
        }
    }
}
