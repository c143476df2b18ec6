using System.Globalization;
using FaqBot.Core.Answering;
using FaqBot.Core.Search;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot search "QUESTION" [--fused]</c>: shows how a question was analysed and ranked, to tune synonyms and
/// thresholds; --fused shows the fused keyword + semantic ranking the answerer uses, with its signals and probability.</summary>
internal static class SearchCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--fused");
        if (args.Positional.Count == 0)
        {
            throw new CliException("search needs a question", 2);
        }

        using var engine = EngineLoader.Open(args, error);
        var question = string.Join(' ', args.Positional);
        var result = engine.Searcher.Search(question);
        foreach (var clause in result.Clauses)
        {
            var alternatives = clause.IsUnknown ? "(unknown)" : string.Join(", ", clause.Alternatives.Select(a => $"{a.Term}×{a.Boost:0.##}"));
            output.WriteLine($"clause '{clause.Word}' idf={clause.Idf:F2} weight={clause.Weight:F1} coverage-weight={clause.CoverageWeight:F2}: {alternatives}");
        }

        output.WriteLine($"confidence={result.Confidence.ToString("F3", CultureInfo.InvariantCulture)}");
        foreach (var hit in result.Hits.Take(5))
        {
            var text = hit.Passage.Text.Replace('\n', ' ');
            output.WriteLine($"{hit.Score,7:F3} cov={hit.Coverage:F2} [{string.Join(",", hit.MatchedTerms)}] {hit.Passage.SourceFile}:{hit.Passage.StartLine} {text[..Math.Min(90, text.Length)]}");
        }

        if (args.Has("--fused"))
        {
            WriteFused(engine, question, output);
        }

        return 0;
    }

    // The answerer's own view: the fused ranking with each hit's keyword and semantic ranks, and the signals the
    // answerability model reads, so an abstention can be traced to the signal that caused it.
    private static void WriteFused(FaqEngine engine, string question, TextWriter output)
    {
        var vector = engine.Encoder?.EncodeQuery(question);
        var fused = engine.Searcher.SearchFused(question, vector, 5, engine.Decision?.Ranker, engine.Decision?.Scope?.EvidenceSimilarities(vector));
        if (engine.Decision?.Decide(fused, vector) is { } decided)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fused: probability={decided.Probability:F3} answer_above={decided.Used.AnswerAbove:F3}"));
        }

        if (fused.Signals is { } signals)
        {
            output.WriteLine("signals: " + string.Join(" ", AnswerabilitySignals.FeatureNames.Zip(signals.Features(),
                (n, v) => string.Create(CultureInfo.InvariantCulture, $"{n}={v:F3}"))));
        }

        foreach (var hit in fused.Hits)
        {
            var text = hit.Passage.Text.Replace('\n', ' ');
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{hit.Score,7:F3} kw#{hit.KeywordRank} sem#{hit.SemanticRank} sim={hit.Similarity:F3} cov={hit.Coverage:F2} {hit.Passage.SourceFile}:{hit.Passage.StartLine} {text[..Math.Min(80, text.Length)]}"));
        }
    }
}
