namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// Cross-validation of the whole triage (rules, then the learned layer) on the tune half, one author left out at a
/// time: each triage bank's tune half (one author each) is a fold; for each fold the learned layer is fitted,
/// thresholds and all, on every other message (the other banks, the question bank, the regression sets, the training
/// files), and the fold's messages are classified by rules and that model, as a new author's would be. With a single
/// bank, five folds by id (<see cref="TriageSplit.Fold"/>). What development is judged on, so the test
/// half is never needed for it.
/// </summary>
public static class TriageCrossValidation
{
    /// <summary>The number of folds by id, for a single bank.</summary>
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
        var folds = OuterFolds(examples, isScored);
        var models = new TriageModel[folds.DefaultIfEmpty(-1).Max() + 1];
        Parallel.ForEach(folds.Where(f => f >= 0).Distinct(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
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

    // Leave one author out: with two or more scored authors (the triage banks), each scored author is a fold and
    // every other message always trains, as a new author's messages would meet a model fitted on all of ours.
    // Otherwise (one bank), and for scored messages without an author, five folds by a hash of the id; regression
    // messages always train.
    internal static int[] OuterFolds(IReadOnlyList<TriageExample> examples, Func<TriageExample, bool> isScored)
    {
        var authors = examples.Where(isScored).Select(e => e.Author).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (authors.Count < 2)
        {
            return [.. examples.Select(e => e.IsRegression ? -1 : TriageSplit.Fold(e.Id, Folds))];
        }

        var index = authors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i, StringComparer.Ordinal);
        return [.. examples.Select(e => e.Author is { } author ? index.GetValueOrDefault(author, -1)
            : isScored(e) ? authors.Count + TriageSplit.Fold(e.Id, Folds)
            : -1)];
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
