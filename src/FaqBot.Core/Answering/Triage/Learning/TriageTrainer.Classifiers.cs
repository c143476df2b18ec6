namespace FaqBot.Core.Answering.Triage.Learning;

// The classifiers one class is fitted as: over the embedding, a regression or (crisis) a network; over the lexical
// features, a sparse regression.
public static partial class TriageTrainer
{
    // Centred and scaled to unit-size coordinates for the optimiser, then folded back into weights over the raw vector.
    // The crisis class gets a network with one hidden layer (HiddenLayerNetwork: triage round 18), the others a
    // logistic regression.
    private static DenseClassifier Dense(TriageLabel head, IReadOnlyList<float[]> rows, List<bool> labels, double threshold)
    {
        var label = head.ToString();
        var dims = rows[0].Length;
        var mean = new double[dims];
        foreach (var row in rows)
        {
            for (var j = 0; j < dims; j++)
            {
                mean[j] += row[j] / (double)rows.Count;
            }
        }

        var scale = Math.Sqrt(dims);
        var centred = rows.Select(r => r.Select((v, j) => (float)((v - mean[j]) * scale)).ToArray()).ToList();
        if (head == TriageLabel.Crisis)
        {
            return Network(label, centred, labels, threshold, mean, scale);
        }

        var (weights, bias) = LogisticRegression.FitDense(centred, labels, lambda: 0.1, iterations: 400, learningRate: 0.05);
        var raw = weights.Select(w => (float)(w * scale)).ToArray();
        var rawBias = bias - Enumerable.Range(0, dims).Sum(j => weights[j] * scale * mean[j]);
        return new DenseClassifier(label, Math.Round(rawBias, 6), Math.Round(threshold, 6), [.. raw.Select(w => (float)Math.Round(w, 5))]);
    }

    // The network fitted on the centred, scaled rows; its hidden layer folded back to weigh the raw vector.
    private static DenseClassifier Network(string label, List<float[]> centred, List<bool> labels, double threshold, double[] mean, double scale)
    {
        var dims = mean.Length;
        var (hidden, hiddenBias, output, outputBias) = HiddenLayerNetwork.Fit(centred, labels);
        var rawHidden = new float[hidden.Length];
        var rawBias = new float[hiddenBias.Length];
        for (var u = 0; u < hiddenBias.Length; u++)
        {
            var shift = 0.0;
            for (var j = 0; j < dims; j++)
            {
                rawHidden[(u * dims) + j] = (float)Math.Round(hidden[(u * dims) + j] * scale, 5);
                shift += hidden[(u * dims) + j] * scale * mean[j];
            }

            rawBias[u] = (float)Math.Round(hiddenBias[u] - shift, 5);
        }

        return new DenseClassifier(label, Math.Round(outputBias, 6), Math.Round(threshold, 6), [.. output.Select(w => (float)Math.Round(w, 5))])
        {
            Hidden = new HiddenLayer(rawHidden, rawBias),
        };
    }

    private static SparseClassifier Sparse(string label, IReadOnlyList<List<int>> rows, List<bool> labels, double threshold)
    {
        var (weights, bias) = LogisticRegression.FitSparse(rows, labels, lambda: 0.00003, iterations: 3000, learningRate: 1.0);
        var kept = weights.Where(w => Math.Abs(w.Value) >= 0.02).OrderBy(w => w.Key).ToList();
        return new SparseClassifier(label, Math.Round(bias, 6), Math.Round(threshold, 6),
            [.. kept.Select(w => w.Key)], [.. kept.Select(w => (float)Math.Round(w.Value, 4))]);
    }
}
