namespace FaqBot.Core.Search.Answerability;

/// <summary>A fitted logistic regression over standardised features.</summary>
/// <param name="Means">Feature means of the training rows.</param>
/// <param name="Scales">Feature standard deviations (1 where a feature was constant).</param>
/// <param name="Weights">One weight per standardised feature.</param>
/// <param name="Bias">The intercept.</param>
public sealed record LogisticModel(double[] Means, double[] Scales, double[] Weights, double Bias)
{
    /// <summary>The probability of the positive class for one feature row.</summary>
    /// <exception cref="ArgumentException">The row has the wrong length.</exception>
    public double Predict(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length != Weights.Length)
        {
            throw new ArgumentException($"Expected {Weights.Length} features, got {features.Length}.", nameof(features));
        }

        var z = Bias;
        for (var j = 0; j < features.Length; j++)
        {
            z += Weights[j] * (features[j] - Means[j]) / Scales[j];
        }

        return LogisticRegression.Sigmoid(z);
    }
}
