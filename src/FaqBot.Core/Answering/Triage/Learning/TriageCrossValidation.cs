namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// Cross-validation of the whole triage (rules, then the learned layer) on the tune half: the tune messages are cut
/// into five folds by their id (<see cref="TriageSplit.Fold"/>); for each fold the learned layer is fitted, thresholds
/// and all, on the other four plus every message that is used whole (regression sets, extra training files), and the
/// fold's triage-bank messages are classified by rules and that model. What development is judged on, so the test
/// half is never needed for it.
/// </summary>
public static class TriageCrossValidation
{
    /// <summary>The number of folds.</summary>
    public const int Folds = 5;

    /// <summary>
    /// Out-of-fold decisions for every scored tune message: of the whole triage, and of the learned layer alone (the
    /// rules were written with the tune half in view, so the learned layer's own figure says more about unseen messages).
    /// </summary>
    /// <param name="examples">Tune-half messages (split into folds) and messages used whole (<see cref="TriageExample.IsRegression"/>).</param>
    /// <param name="embeddings">Each example's embedding, in the same order.</param>
    /// <param name="embeddingModel">The id of the embedding model the vectors came from.</param>
    /// <param name="isScored">Which tune messages are scored (the triage bank's); the rest only train.</param>
    /// <exception cref="ArgumentException">An example is from the test half (<see cref="TriageTrainer.Train"/>).</exception>
    public static (TriageEvaluation Whole, TriageEvaluation LearnedOnly) Run(
        IReadOnlyList<TriageExample> examples, IReadOnlyList<float[]> embeddings, string embeddingModel, Func<TriageExample, bool> isScored)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(isScored);
        var (whole, learned) = (new TriageEvaluation(), new TriageEvaluation());
        var folds = examples.Select(e => e.IsRegression ? -1 : TriageSplit.Fold(e.Id, Folds)).ToArray();
        var models = new TriageModel[Folds];
        Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => folds[i] != fold).ToList();
            var file = TriageTrainer.Train([.. train.Select(i => examples[i])], [.. train.Select(i => embeddings[i])], embeddingModel, $"cv fold {fold}");
            models[fold] = new TriageModel(file);
        });

        for (var i = 0; i < examples.Count; i++)
        {
            if (folds[i] >= 0 && isScored(examples[i]))
            {
                var model = models[folds[i]];
                whole.Add(examples[i], new MessageTriage(model).Classify(examples[i].Text, embeddings[i]));
                learned.Add(examples[i], LearnedOnly(model, examples[i].Text, embeddings[i]));
            }
        }

        return (whole, learned);
    }

    // The learned layer's decision with the rules switched off: crisis, then emergency, then advice, else a question.
    private static TriageResult LearnedOnly(TriageModel model, string text, float[] embedding)
    {
        var scores = model.Score(text, embedding);
        var kind = scores.Fires(TriageLabel.Crisis) ? TriageKind.Crisis
            : scores.Fires(TriageLabel.Emergency) ? TriageKind.Emergency
            : scores.Fires(TriageLabel.Advice) ? TriageKind.Advice
            : TriageKind.Question;
        return new TriageResult(kind, "model");
    }
}
