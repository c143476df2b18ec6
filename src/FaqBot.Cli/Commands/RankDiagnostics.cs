using System.Globalization;
using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;
using FaqBot.Core.Strings;

namespace FaqBot.Cli.Commands;

/// <summary>
/// For <c>faqbot fit --diagnose</c>: where the evidence passage of each tune-half answerable question ranks in the
/// keyword ranking, the semantic ranking and the fused one (share within the top 1, 3 and 10), to tune fusion.
/// </summary>
internal static class RankDiagnostics
{
    public static void Write(FaqEngine engine, IEnumerable<BankItem> items, TextWriter output, LogisticModel? ranker)
    {
        var ranks = new Dictionary<string, List<int>> { ["keyword"] = [], ["semantic"] = [], ["fused"] = [] };
        foreach (var item in items.Where(i => i.Kind == "answer"))
        {
            var vector = engine.Encoder?.EncodeQuery(item.Question);
            var result = engine.Searcher.SearchFused(item.Question, vector, 50, ranker);
            int Rank(IEnumerable<SearchHit> ordered) =>
                ordered.Select((h, i) => (h, i)).FirstOrDefault(x => Contains(x.h.Passage.Text, item.Evidence), (null!, -1)).Item2 + 1;
            ranks["fused"].Add(Rank(result.Hits));
            ranks["keyword"].Add(Rank(result.Hits.Where(h => h.KeywordRank > 0).OrderBy(h => h.KeywordRank)));
            ranks["semantic"].Add(Rank(result.Hits.Where(h => h.SemanticRank > 0).OrderBy(h => h.SemanticRank)));
        }

        foreach (var (name, list) in ranks)
        {
            string Share(int k) => ((double)list.Count(r => r >= 1 && r <= k) / list.Count).ToString("F3", CultureInfo.InvariantCulture);
            output.WriteLine($"{(ranker is null ? "rrf" : "fitted")} {name,-9} passage@1={Share(1)} passage@3={Share(3)} passage@10={Share(10)}");
        }
    }

    internal static bool Contains(string text, IReadOnlyList<string> evidence)
    {
        var normalized = Whitespace.Collapse(text);
        return evidence.Any(e => normalized.Contains(Whitespace.Collapse(e), StringComparison.Ordinal));
    }
}
