namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    private const double ProximityCap = 0.3;

    // Our layer over Lucene's candidates: which clauses each passage matches (its terms over all fields), coverage
    // of the question, and a bonus for matched words standing close together in the body.
    private SearchHit Rescore(int doc, float baseScore, IReadOnlyList<QueryClause> clauses, double unknownWeight, CandidateTerms terms)
    {
        var matchedWeight = 0.0;
        var knownWeight = 0.0;
        var matchedTerms = new List<string>();
        var best = new List<(string Term, double Weight)>();
        foreach (var clause in clauses)
        {
            knownWeight += clause.IsUnknown ? 0 : clause.CoverageWeight;
            var bestBoost = 0f;
            string? bestTerm = null;
            foreach (var alternative in clause.Alternatives)
            {
                if (terms.Contains(doc, alternative.Term))
                {
                    matchedTerms.Add(alternative.Term);
                    if (alternative.Boost > bestBoost)
                    {
                        (bestBoost, bestTerm) = (alternative.Boost, alternative.Term);
                    }
                }
            }

            if (bestTerm is not null)
            {
                matchedWeight += clause.CoverageWeight * bestBoost;
                best.Add((bestTerm, clause.Idf * clause.Weight));
            }
        }

        var bonus = Math.Min(ProximityBonus(doc, terms, best), baseScore * ProximityCap);
        var unmatched = (knownWeight - matchedWeight) * _options.UnmatchedWordWeight;
        var total = matchedWeight + unmatched + unknownWeight;
        var coverage = total > 0 ? Math.Min(1, matchedWeight / total) : 0;

        // A passage that matches more of what the question asks about beats one that repeats a single word.
        var knownCoverage = knownWeight > 0 ? Math.Min(1, matchedWeight / knownWeight) : 0;
        var score = (baseScore + bonus) * (1 - _options.CoverageInRanking + (_options.CoverageInRanking * knownCoverage));
        return new SearchHit(_index.Passages[doc], doc, score, coverage, matchedTerms);
    }

    // The postings of every alternative of the question's words, for the candidate passages alone.
    private CandidateTerms ReadTerms(IEnumerable<int> docs, IReadOnlyList<QueryClause> clauses) =>
        CandidateTerms.Read(_searcher.IndexReader, docs, clauses.SelectMany(c => c.Alternatives).Select(a => a.Term));

    // Pairs of matched words score more the closer they stand in the body: adjacent words earn the full weight.
    private double ProximityBonus(int doc, CandidateTerms terms, List<(string Term, double Weight)> matched)
    {
        if (matched.Count < 2)
        {
            return 0;
        }

        var positions = matched.ConvertAll(m => terms.BodyPositions(doc, m.Term));

        double bonus = 0;
        for (var i = 0; i < matched.Count; i++)
        {
            for (var j = i + 1; j < matched.Count; j++)
            {
                var distance = MinDistance(positions[i], positions[j]);
                if (distance > 0)
                {
                    bonus += Math.Min(matched[i].Weight, matched[j].Weight) / distance;
                }
            }
        }

        return bonus * _options.ProximityWeight;
    }

    private static int MinDistance(int[] a, int[] b)
    {
        int i = 0, j = 0, best = int.MaxValue;
        while (i < a.Length && j < b.Length)
        {
            best = Math.Min(best, Math.Abs(a[i] - b[j]));
            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return best == int.MaxValue ? 0 : best;
    }
}
