using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Fits the fusion of the keyword and semantic rankings for <c>faqbot fit</c>: a logistic regression over each candidate
/// passage's <see cref="Searcher.CandidateFeatures"/>, labelled by whether the passage holds the question's evidence,
/// on the answerable questions only. Two fits from the same rows: <see cref="Fits.Labelled"/> weighs the labelled
/// questions' evidence (each question ranked with the other authors' labelled questions only), for this knowledge
/// base; <see cref="Fits.Plain"/> has those features blanked, for documents nobody labelled questions for.
/// </summary>
internal static class RankerFit
{
    /// <summary>The two fusions.</summary>
    /// <param name="Labelled">With the labelled questions' evidence.</param>
    /// <param name="Plain">Without it (its weights on those features are 0).</param>
    internal sealed record Fits(LogisticModel Labelled, LogisticModel Plain);

    // The labelled questions' features: labelled_similarity and, after it, labelled_gap.
    private static readonly int FirstLabelledFeature = Searcher.CandidateFeatureNames.ToList().IndexOf("labelled_similarity");

    public static Fits Fit(FaqEngine engine, IReadOnlyList<BankItem> items, IReadOnlyList<float[]> vectors, ScopeFit without)
    {
        var rows = new List<double[]>();
        var labels = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind != "answer")
            {
                continue;
            }

            var labelled = without.Without(i).EvidenceSimilarities(vectors[i]);
            var result = engine.Searcher.SearchFused(items[i].Question, vectors[i], limit: 100, labelled: labelled);
            var best = Searcher.BestOf.Of([.. result.Hits]);
            foreach (var hit in result.Hits)
            {
                rows.Add(Searcher.CandidateFeatures(hit, best));
                labels.Add(RankDiagnostics.Contains(hit.Passage.Text, items[i].Evidence) ? 1 : 0);
            }
        }

        var plainRows = rows.Select(r => r.Select((x, j) => j >= FirstLabelledFeature ? 0 : x).ToArray()).ToList();
        return new Fits(LogisticRegression.Fit(rows, labels), LogisticRegression.Fit(plainRows, labels));
    }
}
