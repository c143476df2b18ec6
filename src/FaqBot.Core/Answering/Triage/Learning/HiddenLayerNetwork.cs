namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// A binary classifier over a dense vector with one hidden layer of rectified units. A logistic regression over the
/// sentence embedding draws one plane through it, and for the crisis class that plane also takes in first-person
/// everyday messages ("i want to make an appt" scored 0.80: triage round 17); a few dozen units can carve those out.
/// Fitted by mini-batch Adam with class-balanced example weights and L2 decay from a seeded start, on one thread, so
/// the same rows always give the same weights. Small on purpose: a few thousand rows of a few hundred values.
/// </summary>
internal static class HiddenLayerNetwork
{
    /// <summary>Rectified units in the hidden layer.</summary>
    public const int Units = 32;

    private const int Epochs = 30;
    private const int BatchSize = 32;
    private const double LearningRate = 0.001;
    private const double Decay = 0.0001;
    private const int Seed = 17;

    /// <summary>
    /// Fits the network on <paramref name="rows"/> (used as given: the caller centres and scales them). Returns the hidden
    /// layer's weights (row-major, one row of the input's length per unit) and biases, and the output unit's weights
    /// and bias.
    /// </summary>
    public static (double[] Hidden, double[] HiddenBias, double[] Output, double OutputBias) Fit(IReadOnlyList<float[]> rows, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        var dims = rows.Count == 0 ? 0 : rows[0].Length;
        var random = new Random(Seed);
        var parameters = new Parameters(dims, random);
        var weights = BalancedMeanOne(labels);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var gradient = new Parameters(dims, null);
        var adam = new Adam(parameters.Size);
        var hidden = new double[Units];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += BatchSize)
            {
                var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start));
                gradient.Clear();
                foreach (var i in batch)
                {
                    var p = LogisticRegression.Sigmoid(parameters.Forward(rows[i], hidden));
                    parameters.Backward(rows[i], hidden, weights[i] * (p - (labels[i] ? 1 : 0)) / batch.Length, gradient);
                }

                parameters.AddDecay(gradient, Decay);
                adam.Step(parameters.All, gradient.All, LearningRate);
            }
        }

        return (parameters.Hidden.ToArray(), parameters.HiddenBias.ToArray(), parameters.Output.ToArray(), parameters.All[^1]);
    }

    /// <summary>The network's log-odds for one vector: <paramref name="hidden"/> rows of the input's length, then the output unit.</summary>
    public static double LogOdds(ReadOnlySpan<float> hidden, ReadOnlySpan<float> hiddenBias, ReadOnlySpan<float> output, double outputBias, ReadOnlySpan<float> vector)
    {
        var sum = outputBias;
        for (var u = 0; u < hiddenBias.Length; u++)
        {
            var row = hidden.Slice(u * vector.Length, vector.Length);
            var z = (double)hiddenBias[u];
            for (var j = 0; j < vector.Length; j++)
            {
                z += row[j] * vector[j];
            }

            if (z > 0)
            {
                sum += output[u] * z;
            }
        }

        return sum;
    }

    // Each class carries half the total weight, as in the regression, scaled so the average example weighs 1 (a
    // batch's gradient is then an average, the scale Adam's step size is set for).
    private static double[] BalancedMeanOne(IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        return [.. labels.Select(l => l ? 0.5 * labels.Count / Math.Max(1, positives) : 0.5 * labels.Count / Math.Max(1, negatives))];
    }

    // All parameters in one array (hidden weights, hidden biases, output weights, output bias), so Adam and the
    // gradient walk them alike.
    private sealed class Parameters
    {
        private readonly int _dims;

        public Parameters(int dims, Random? random)
        {
            _dims = dims;
            All = new double[(Units * dims) + Units + Units + 1];
            if (random is null)
            {
                return;
            }

            // He initialisation for the rectified layer, a smaller spread for the output; biases start at zero.
            var hiddenSpread = Math.Sqrt(2.0 / Math.Max(1, dims));
            for (var k = 0; k < Units * dims; k++)
            {
                All[k] = Gaussian(random) * hiddenSpread;
            }

            for (var u = 0; u < Units; u++)
            {
                All[(Units * dims) + Units + u] = Gaussian(random) * Math.Sqrt(1.0 / Units);
            }
        }

        public double[] All { get; }

        public int Size => All.Length;

        public Span<double> Hidden => All.AsSpan(0, Units * _dims);

        public Span<double> HiddenBias => All.AsSpan(Units * _dims, Units);

        public Span<double> Output => All.AsSpan((Units * _dims) + Units, Units);

        public void Clear() => Array.Clear(All);

        public double Forward(float[] x, double[] hidden)
        {
            var output = All[^1];
            for (var u = 0; u < Units; u++)
            {
                var row = All.AsSpan(u * _dims, _dims);
                var z = All[(Units * _dims) + u];
                for (var j = 0; j < _dims; j++)
                {
                    z += row[j] * x[j];
                }

                hidden[u] = Math.Max(0, z);
                output += All[(Units * _dims) + Units + u] * hidden[u];
            }

            return output;
        }

        // Adds one example's gradient, given the loss's derivative by the output's log-odds (already weighted).
        public void Backward(float[] x, double[] hidden, double error, Parameters gradient)
        {
            var g = gradient.All;
            for (var u = 0; u < Units; u++)
            {
                g[(Units * _dims) + Units + u] += error * hidden[u];
                if (hidden[u] <= 0)
                {
                    continue;
                }

                var back = error * All[(Units * _dims) + Units + u];
                g[(Units * _dims) + u] += back;
                var row = g.AsSpan(u * _dims, _dims);
                for (var j = 0; j < _dims; j++)
                {
                    row[j] += back * x[j];
                }
            }

            g[^1] += error;
        }

        // L2 decay on the weights, not on the biases.
        public void AddDecay(Parameters gradient, double decay)
        {
            for (var k = 0; k < Units * _dims; k++)
            {
                gradient.All[k] += decay * All[k];
            }

            for (var u = 0; u < Units; u++)
            {
                var k = (Units * _dims) + Units + u;
                gradient.All[k] += decay * All[k];
            }
        }

        private static double Gaussian(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    // Adam (Kingma and Ba, 2015) with its usual constants.
    private sealed class Adam(int size)
    {
        private const double Beta1 = 0.9;
        private const double Beta2 = 0.999;
        private const double Epsilon = 1e-8;
        private readonly double[] _first = new double[size];
        private readonly double[] _second = new double[size];
        private int _step;

        public void Step(double[] parameters, double[] gradient, double learningRate)
        {
            _step++;
            var correction1 = 1 - Math.Pow(Beta1, _step);
            var correction2 = 1 - Math.Pow(Beta2, _step);
            for (var k = 0; k < parameters.Length; k++)
            {
                _first[k] = (Beta1 * _first[k]) + ((1 - Beta1) * gradient[k]);
                _second[k] = (Beta2 * _second[k]) + ((1 - Beta2) * gradient[k] * gradient[k]);
                parameters[k] -= learningRate * (_first[k] / correction1) / (Math.Sqrt(_second[k] / correction2) + Epsilon);
            }
        }
    }
}
