using System.Globalization;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot search "QUESTION"</c>: shows how a question was analysed and ranked, to tune synonyms and thresholds.</summary>
internal static class SearchCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly();
        if (args.Positional.Count == 0)
        {
            throw new CliException("search needs a question", 2);
        }

        using var engine = EngineLoader.Open(args, error);
        var result = engine.Searcher.Search(string.Join(' ', args.Positional));
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

        return 0;
    }
}
