using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// The labelled questions of a fit over one knowledge base: each question's embedding, the passages holding an
/// answerable question's evidence, and the scope model of all of them (shipped). For fitting: scope models without each
/// cross-validation fold (<see cref="Folds"/>, for the scope features) and without each author (<see cref="OtherAuthors"/>,
/// for the labelled questions a question is ranked with). By author because one author words the same topic alike: a
/// question ranked with its own author's other questions finds near-twins a new patient's wording will not have, and
/// the fusion would learn to trust the labelled questions more than a new author's questions deserve. Fitted by folds,
/// the ranking alone put the bank's test half's evidence in the top 3 for 0.841 of it once that half's author's
/// questions were left out of the labelled ones (as for a new author); fitted across authors, 0.909
/// (docs/benchmarks.md). With one author (no training files), the folds stand in for the authors.
/// </summary>
internal sealed record LabelledFit(List<float[]> Vectors, ScopeFit Folds, ScopeFit OtherAuthors, ScopeModel All)
{
    /// <param name="engine">The engine over the knowledge base the questions were labelled against.</param>
    /// <param name="items">The labelled questions.</param>
    /// <param name="authors">Each question's author (0, 1, …; the same length as <paramref name="items"/>).</param>
    /// <param name="folds">The number of cross-validation folds (by position).</param>
    public static LabelledFit Of(FaqEngine engine, IReadOnlyList<BankItem> items, IReadOnlyList<int> authors, int folds)
    {
        var encoder = engine.Encoder ?? throw new CliException("fitting the labelled questions needs embeddings", 1);
        var passages = engine.Searcher.Index.Passages;
        var vectors = items.Select(i => encoder.EncodeQuery(i.Question)).ToList();
        var answerable = items.Select(i => i.Kind == "answer").ToList();
        var evidence = items.Select(i => (IReadOnlyList<int>)[.. passages.Select((p, n) => (p, n)).Where(x => i.Kind == "answer" && RankDiagnostics.Contains(x.p.Text, i.Evidence)).Select(x => x.n)]).ToList();
        var all = ScopeModel.Fit([.. vectors.Select((v, i) => (v, answerable[i], (IReadOnlyList<int>?)evidence[i]))], passages);
        var byFold = ScopeFit.WithoutEach(vectors, answerable, evidence, passages, [.. items.Select((_, i) => i % folds)]);
        var byAuthor = authors.Distinct().Count() > 1 ? ScopeFit.WithoutEach(vectors, answerable, evidence, passages, authors) : byFold;
        return new LabelledFit(vectors, byFold, byAuthor, all);
    }
}
