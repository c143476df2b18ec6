namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// Binary logistic regression with L2 regularisation and class-balanced example weights, fitted by full-batch
/// gradient descent with Nesterov momentum from zero weights: no randomness, so the same data always gives the
/// same weights. Small on purpose: a few hundred examples, at most a few thousand features.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits over dense rows (e.g. sentence embeddings); returns the weights and the bias.</summary>
    public static (double[] Weights, double Bias) FitDense(IReadOnlyList<float[]> rows, IReadOnlyList<bool> labels, double lambda, int iterations, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var dims = rows.Count == 0 ? 0 : rows[0].Length;
        var sampleWeights = Balanced(labels);
        var parameters = Minimize(dims + 1, iterations, learningRate, (theta, gradient) =>
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var z = theta[dims];
                for (var j = 0; j < dims; j++)
                {
                    z += theta[j] * row[j];
                }

                var error = sampleWeights[i] * (Sigmoid(z) - (labels[i] ? 1 : 0));
                for (var j = 0; j < dims; j++)
                {
                    gradient[j] += error * row[j];
                }

                gradient[dims] += error;
            }

            Regularise(theta, gradient, dims, lambda);
        });
        return (parameters[..dims], parameters[dims]);
    }

    /// <summary>
    /// Fits over sparse rows of feature ids, every occurrence counting 1/√n in a row of n, so the score does not grow
    /// with the message's length; returns a weight per used feature and the bias.
    /// </summary>
    public static (Dictionary<int, double> Weights, double Bias) FitSparse(IReadOnlyList<List<int>> rows, IReadOnlyList<bool> labels, double lambda, int iterations, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var index = rows.SelectMany(r => r).Distinct().Order().Select((feature, i) => (feature, i)).ToDictionary(p => p.feature, p => p.i);
        var dense = rows.Select(r => r.Select(f => index[f]).ToArray()).ToList();
        var dims = index.Count;
        var sampleWeights = Balanced(labels);
        var parameters = Minimize(dims + 1, iterations, learningRate, (theta, gradient) =>
        {
            for (var i = 0; i < dense.Count; i++)
            {
                var share = 1.0 / Math.Sqrt(Math.Max(1, dense[i].Length));
                var z = 0.0;
                foreach (var j in dense[i])
                {
                    z += theta[j];
                }

                z = theta[dims] + (z * share);
                var error = sampleWeights[i] * (Sigmoid(z) - (labels[i] ? 1 : 0));
                foreach (var j in dense[i])
                {
                    gradient[j] += error * share;
                }

                gradient[dims] += error;
            }

            Regularise(theta, gradient, dims, lambda);
        });
        return (index.ToDictionary(p => p.Key, p => parameters[p.Value]), parameters[dims]);
    }

    internal static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The log-odds of a probability, kept finite at 0 and 1.</summary>
    internal static double Logit(double p)
    {
        var clamped = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(clamped / (1 - clamped));
    }

    // Each class carries half the total weight, so 24 emergencies count as much as 600 other messages; weights sum to 1.
    private static double[] Balanced(IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        return [.. labels.Select(l => l ? 0.5 / Math.Max(1, positives) : 0.5 / Math.Max(1, negatives))];
    }

    private static void Regularise(double[] theta, double[] gradient, int dims, double lambda)
    {
        for (var j = 0; j < dims; j++)
        {
            gradient[j] += lambda * theta[j];
        }
    }

    private static double[] Minimize(int size, int iterations, double learningRate, Action<double[], double[]> addGradient)
    {
        var theta = new double[size];
        var velocity = new double[size];
        var lookahead = new double[size];
        var gradient = new double[size];
        const double Momentum = 0.9;
        for (var t = 0; t < iterations; t++)
        {
            for (var j = 0; j < size; j++)
            {
                lookahead[j] = theta[j] + (Momentum * velocity[j]);
            }

            Array.Clear(gradient);
            addGradient(lookahead, gradient);
            for (var j = 0; j < size; j++)
            {
                velocity[j] = (Momentum * velocity[j]) - (learningRate * gradient[j]);
                theta[j] += velocity[j];
            }
        }

        return theta;
    }
}
