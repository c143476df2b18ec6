namespace FaqBot.Core.Search.Answerability;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares) on
/// standardised features: small, deterministic, and exact for the few dozen features and few hundred examples here.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits <paramref name="features"/> (one row per example) to the 0/1 <paramref name="labels"/>.</summary>
    /// <param name="features">Rows of equal length.</param>
    /// <param name="labels">1 for a positive example.</param>
    /// <param name="l2">Ridge penalty on the weights (not the bias), in standardised units.</param>
    /// <exception cref="ArgumentException">No rows, or rows and labels differ in number.</exception>
    public static LogisticModel Fit(IReadOnlyList<double[]> features, IReadOnlyList<int> labels, double l2 = 1.0)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count == 0 || features.Count != labels.Count)
        {
            throw new ArgumentException("Need as many labels as feature rows, and at least one row.", nameof(labels));
        }

        var d = features[0].Length;
        var (means, scales) = Standardisation(features, d);
        var x = features.Select(row => Standardise(row, means, scales)).ToArray();
        var beta = new double[d + 1]; // [bias, w1..wd]
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < x.Length; i++)
            {
                var p = Sigmoid(Linear(beta, x[i]));
                var error = p - labels[i];
                var weight = Math.Max(p * (1 - p), 1e-9);
                for (var a = 0; a <= d; a++)
                {
                    var xa = a == 0 ? 1 : x[i][a - 1];
                    gradient[a] += error * xa;
                    for (var b = 0; b <= d; b++)
                    {
                        hessian[a, b] += weight * xa * (b == 0 ? 1 : x[i][b - 1]);
                    }
                }
            }

            for (var a = 1; a <= d; a++)
            {
                gradient[a] += l2 * beta[a];
                hessian[a, a] += l2;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var a = 0; a <= d; a++)
            {
                beta[a] -= step[a];
                change = Math.Max(change, Math.Abs(step[a]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return new LogisticModel(means, scales, beta[1..], beta[0]);
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    internal static double[] Standardise(double[] row, double[] means, double[] scales) =>
        [.. row.Select((v, j) => (v - means[j]) / scales[j])];

    private static double Linear(double[] beta, double[] x)
    {
        var z = beta[0];
        for (var j = 0; j < x.Length; j++)
        {
            z += beta[j + 1] * x[j];
        }

        return z;
    }

    private static (double[] Means, double[] Scales) Standardisation(IReadOnlyList<double[]> rows, int d)
    {
        var means = new double[d];
        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            var mean = rows.Average(r => r[j]);
            var sd = Math.Sqrt(rows.Average(r => (r[j] - mean) * (r[j] - mean)));
            means[j] = mean;
            scales[j] = sd > 1e-12 ? sd : 1; // a constant feature stays 0 after centring and gets no weight
        }

        return (means, scales);
    }

    // Gaussian elimination with partial pivoting; the ridge term keeps the system well conditioned.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            var diagonal = Math.Abs(m[col, col]) < 1e-12 ? 1e-12 : m[col, col];
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / diagonal;
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                v[row] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * x[k];
            }

            x[row] = sum / (Math.Abs(m[row, row]) < 1e-12 ? 1e-12 : m[row, row]);
        }

        return x;
    }
}
