using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// The labelled questions of a fit over one knowledge base: each question's embedding, the passages holding an
/// answerable question's evidence, the scope model of all of them (shipped) and one per cross-validation fold (for fitting).
/// </summary>
internal sealed record LabelledFit(List<float[]> Vectors, ScopeFit Folds, ScopeModel All)
{
    public static LabelledFit Of(FaqEngine engine, IReadOnlyList<BankItem> items, int folds)
    {
        var encoder = engine.Encoder ?? throw new CliException("fitting the labelled questions needs embeddings", 1);
        var passages = engine.Searcher.Index.Passages;
        var vectors = items.Select(i => encoder.EncodeQuery(i.Question)).ToList();
        var answerable = items.Select(i => i.Kind == "answer").ToList();
        var evidence = items.Select(i => (IReadOnlyList<int>)[.. passages.Select((p, n) => (p, n)).Where(x => i.Kind == "answer" && RankDiagnostics.Contains(x.p.Text, i.Evidence)).Select(x => x.n)]).ToList();
        var all = ScopeModel.Fit([.. vectors.Select((v, i) => (v, answerable[i], (IReadOnlyList<int>?)evidence[i]))], passages);
        return new LabelledFit(vectors, ScopeFit.OutOfFold(vectors, answerable, evidence, passages, folds), all);
    }
}
