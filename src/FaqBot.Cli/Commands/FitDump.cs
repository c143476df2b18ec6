using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot fit --dump FILE</c>: writes what fitting sees for each TUNE-half question (its embedding, the keyword
/// candidates, the forced answer's quotes and whether each holds the evidence, all ranked without the labelled questions)
/// and every passage's vectors, as JSON, for offline study of features and models. Never the test half.
/// </summary>
internal static class FitDump
{
    public static void Write(FaqEngine engine, IReadOnlyList<BankItem> tuneItems, string path)
    {
        // Ranked by the plain fusion, without the labelled questions: the shipped ones include every tune question,
        // which would find itself.
        var plain = engine.Decision?.WithoutScope?.Ranker ?? engine.Decision?.Ranker;
        var index = engine.Searcher.Index;
        var passages = index.Passages.Select((p, i) => new
        {
            n = i, id = p.Id, source = p.SourceFile, heading = p.Heading, text = p.Text, vectors = index.Vectors[i],
        });
        var questions = tuneItems.Where(i => i.IsTune).Select(item =>
        {
            var vector = engine.Encoder?.EncodeQuery(item.Question);
            var keyword = engine.Searcher.Search(item.Question, 24);
            var fused = engine.Searcher.SearchFused(item.Question, vector, 24, plain);
            var (answer, signals) = plain is null ? engine.Answerer.AnswerRegardless(item.Question) : engine.Answerer.AnswerRegardless(item.Question, plain);
            return new
            {
                id = item.Id, kind = item.Kind, q = item.Question, evidence = item.Evidence, vector,
                evidencePassages = index.Passages.Select((p, n) => (p, n)).Where(x => RankDiagnostics.Contains(x.p.Text, item.Evidence)).Select(x => x.n),
                clauses = keyword.Clauses.Select(c => new { c.Word, c.IsUnknown, c.CoverageWeight, c.Idf, c.Weight }),
                keyword = keyword.Hits.Select(h => new { n = h.PassageNumber, score = h.Score, coverage = h.Coverage }),
                fused = fused.Hits.Select(h => new { n = h.PassageNumber, score = h.Score, h.KeywordRank, h.SemanticRank, h.KeywordScore, h.Coverage, h.Similarity, h.BestSentence }),
                signals = signals?.Features(),
                answerKind = answer.Kind.ToString(),
                quotes = answer.Quotes.Select(q => new { passageId = q.PassageId, text = q.Text, holds = RankDiagnostics.Contains(q.Text, item.Evidence) }),
            };
        });
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, new { passages, questions });
    }
}
