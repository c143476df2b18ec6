using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// The scope features of the tune-half questions for fitting the decision, each from a scope model fitted without its
/// fold (folds by position, as the threshold's cross-validation), so a question never finds itself among the examples.
/// </summary>
internal static class ScopeFit
{
    public static List<double[]> OutOfFold(IReadOnlyList<float[]> vectors, IReadOnlyList<FitExample> examples, int folds)
    {
        var features = new double[vectors.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = vectors.Select((v, i) => (v, i)).Where(x => x.i % folds != fold).Select(x => (x.v, examples[x.i].Answerable)).ToList();
            var scope = ScopeModel.Fit(training);
            for (var i = fold; i < vectors.Count; i += folds)
            {
                features[i] = scope.Features(vectors[i]);
            }
        }

        return [.. features];
    }
}
