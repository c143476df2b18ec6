using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Fits the fusion of the keyword and semantic rankings for <c>faqbot fit</c>: a logistic regression over each candidate
/// passage's <see cref="Searcher.CandidateFeatures"/>, labelled by whether the passage holds the question's evidence,
/// on the tune half's answerable questions only.
/// </summary>
internal static class RankerFit
{
    public static LogisticModel Fit(FaqEngine engine, IEnumerable<BankItem> items)
    {
        var rows = new List<double[]>();
        var labels = new List<int>();
        foreach (var item in items.Where(i => i.Kind == "answer"))
        {
            var vector = engine.Encoder?.EncodeQuery(item.Question);
            var result = engine.Searcher.SearchFused(item.Question, vector, limit: 100);
            var best = Searcher.BestOf.Of([.. result.Hits]);
            foreach (var hit in result.Hits)
            {
                rows.Add(Searcher.CandidateFeatures(hit, best));
                labels.Add(RankDiagnostics.Contains(hit.Passage.Text, item.Evidence) ? 1 : 0);
            }
        }

        return LogisticRegression.Fit(rows, labels);
    }
}
