namespace FaqBot.Core.Search.Answerability;

/// <summary>The scope features' view of a question's similarities to the labelled examples.</summary>
internal static class NearestExamples
{
    /// <summary>
    /// The highest similarity and the mean of the <paramref name="count"/> highest (NaN, another model's example,
    /// skipped), in one pass: a question meets a few thousand examples, and sorting them all cost more than the dot
    /// products. Summed highest first, as a sorted list would be, so the features are the same to the bit.
    /// </summary>
    public static (double Nearest, double MeanTop) Of(float[] similarities, int count)
    {
        Span<double> top = stackalloc double[count];
        var kept = 0;
        foreach (var similarity in similarities)
        {
            if (float.IsNaN(similarity) || (kept == count && similarity <= top[^1]))
            {
                continue;
            }

            var at = kept < count ? kept++ : count - 1;
            while (at > 0 && top[at - 1] < similarity)
            {
                top[at] = top[at - 1];
                at--;
            }

            top[at] = similarity;
        }

        var sum = 0.0;
        foreach (var value in top[..kept])
        {
            sum += value;
        }

        return kept == 0 ? (0, 0) : (top[0], sum / kept);
    }
}
