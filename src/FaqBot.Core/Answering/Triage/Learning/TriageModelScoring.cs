namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>The two scoring functions, shared by the model and by the trainer's cross-validation.</summary>
internal static class TriageModelScoring
{
    /// <summary>The probability of a dense classifier for one vector.</summary>
    public static double Dense(DenseClassifier classifier, ReadOnlySpan<float> vector)
    {
        var sum = classifier.Bias;
        for (var i = 0; i < vector.Length; i++)
        {
            sum += classifier.Weights[i] * vector[i];
        }

        return LogisticRegression.Sigmoid(sum);
    }

    /// <summary>
    /// The highest probability over every window of <paramref name="window"/> words (the whole text when shorter):
    /// one pass, prefix sums over per-word contributions, so a 20,000-character message costs a few thousand lookups.
    /// </summary>
    public static double Lexical(IReadOnlyDictionary<int, double> weights, double bias, string normalized, int window)
    {
        var words = LexicalFeatures.Words(normalized);
        if (words.Length == 0)
        {
            return LogisticRegression.Sigmoid(bias);
        }

        var prefix = new double[words.Length + 1];
        Span<int> features = stackalloc int[LexicalFeatures.MaxPerWord];
        for (var i = 0; i < words.Length; i++)
        {
            var sum = 0.0;
            var count = LexicalFeatures.ForWord(words, i, features);
            for (var j = 0; j < count; j++)
            {
                sum += weights.GetValueOrDefault(features[j]);
            }

            prefix[i + 1] = prefix[i] + sum;
        }

        var size = Math.Min(window, words.Length);
        var best = double.NegativeInfinity;
        for (var start = 0; start + size <= words.Length; start++)
        {
            best = Math.Max(best, prefix[start + size] - prefix[start]);
        }

        return LogisticRegression.Sigmoid(bias + best);
    }
}
