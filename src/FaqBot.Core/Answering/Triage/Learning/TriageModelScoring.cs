namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>The two scoring functions, shared by the model and by the trainer's cross-validation.</summary>
internal static class TriageModelScoring
{
    /// <summary>The probability of a dense classifier for one vector.</summary>
    public static double Dense(DenseClassifier classifier, ReadOnlySpan<float> vector)
    {
        if (classifier.Hidden is { } hidden)
        {
            return LogisticRegression.Sigmoid(HiddenLayerNetwork.LogOdds(hidden.Weights, hidden.Biases, classifier.Weights, classifier.Bias, vector));
        }

        var sum = classifier.Bias;
        for (var i = 0; i < vector.Length; i++)
        {
            sum += classifier.Weights[i] * vector[i];
        }

        return LogisticRegression.Sigmoid(sum);
    }

    /// <summary>The probability of a joint classifier for one message's embedding and lexical probabilities.</summary>
    public static double Joint(JointClassifier classifier, double embedding, double lexical) =>
        LogisticRegression.Sigmoid(classifier.Bias + classifier.EmbeddingWeight * LogisticRegression.Logit(embedding) + classifier.LexicalWeight * LogisticRegression.Logit(lexical));

    /// <summary>
    /// The highest probability over the message's parts: the whole message when it is short, each sentence, and each
    /// pair of neighbouring sentences (a sentence longer than <paramref name="window"/> words is cut into pieces of that
    /// size). Every part is scored like a training message, the sum of its features' weights over the square root of
    /// their number, so a crisis sentence deep in a long paste scores as it would alone, and a long or repetitive paste
    /// is not pushed up by the many small weights of ordinary words. Linear in the message's length.
    /// </summary>
    public static double Lexical(IReadOnlyDictionary<int, double> weights, double bias, string message, int window)
    {
        var units = Units(message, window);
        var best = double.NegativeInfinity;
        var wholeSum = 0.0;
        var wholeCount = 0;
        (double Sum, int Count) previous = (0, 0);
        foreach (var unit in units)
        {
            var current = Score(weights, unit);
            best = Math.Max(best, Scaled(current.Sum, current.Count));
            if (previous.Count > 0)
            {
                best = Math.Max(best, Scaled(previous.Sum + current.Sum, previous.Count + current.Count));
            }

            (wholeSum, wholeCount) = (wholeSum + current.Sum, wholeCount + current.Count);
            previous = current;
        }

        if (units.Count > 2 && units.Sum(u => u.Length) <= 2 * window)
        {
            best = Math.Max(best, Scaled(wholeSum, wholeCount));
        }

        return LogisticRegression.Sigmoid(bias + (units.Count == 0 ? 0 : best));
    }

    /// <summary>The message's sentences, normalized, each at most <paramref name="window"/> words.</summary>
    public static List<string[]> Units(string message, int window)
    {
        var units = new List<string[]>();
        foreach (var sentence in message.Split(['.', '!', '?', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = LexicalFeatures.Words(TriageText.Normalize(sentence));
            for (var start = 0; start < words.Length; start += window)
            {
                units.Add(words[start..Math.Min(words.Length, start + window)]);
            }
        }

        return units;
    }

    private static (double Sum, int Count) Score(IReadOnlyDictionary<int, double> weights, string[] words)
    {
        var sum = 0.0;
        var total = 0;
        Span<int> features = stackalloc int[LexicalFeatures.MaxPerWord];
        for (var i = 0; i < words.Length; i++)
        {
            var count = LexicalFeatures.ForWord(words, i, features);
            for (var j = 0; j < count; j++)
            {
                sum += weights.GetValueOrDefault(features[j]);
            }

            total += count;
        }

        return (sum, total);
    }

    private static double Scaled(double sum, int count) => count == 0 ? double.NegativeInfinity : sum / Math.Sqrt(count);
}
