namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    private const double ProximityCap = 0.3;

    // Second pass over the best candidates only: which clauses each matches (for coverage) and how close
    // together the matched words stand. Allocation-free: it runs for every candidate of every question.
    private (double Score, double Coverage) Rescore(int doc, double baseScore, ulong matched, IReadOnlyList<QueryClause> clauses, double unknownWeight)
    {
        Span<int> bestPosting = stackalloc int[clauses.Count];
        Span<double> pairWeight = stackalloc double[clauses.Count];
        var matchedWeight = 0.0;
        var knownWeight = 0.0;
        var matchedCount = 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            knownWeight += clause.IsUnknown ? 0 : clause.CoverageWeight;
            if ((matched & (1UL << c)) == 0)
            {
                continue; // the first pass saw no alternative of this clause in the passage
            }

            var bestBoost = 0f;
            var best = -1;
            foreach (var alternative in clause.Alternatives)
            {
                var posting = _index.FindPosting(alternative.TermId, doc);
                if (posting >= 0 && alternative.Boost > bestBoost)
                {
                    bestBoost = alternative.Boost;
                    best = posting;
                }
            }

            if (best >= 0)
            {
                matchedWeight += clause.CoverageWeight * bestBoost;
                bestPosting[matchedCount] = best;
                pairWeight[matchedCount++] = clause.Idf * clause.Weight;
            }
        }

        var bonus = Math.Min(ProximityBonus(bestPosting[..matchedCount], pairWeight[..matchedCount]), baseScore * ProximityCap);
        var unmatched = (knownWeight - matchedWeight) * _options.UnmatchedWordWeight;
        var total = matchedWeight + unmatched + unknownWeight;
        var coverage = total > 0 ? Math.Min(1, matchedWeight / total) : 0;

        // A passage that matches more of what the question asks about beats one that repeats a single word.
        var knownCoverage = knownWeight > 0 ? Math.Min(1, matchedWeight / knownWeight) : 0;
        var score = (baseScore + bonus) * (1 - _options.CoverageInRanking + (_options.CoverageInRanking * knownCoverage));
        return (score, coverage);
    }

    // The index terms of the query that a passage contains, for highlighting its quote.
    private List<string> MatchedTerms(int doc, IReadOnlyList<QueryClause> clauses)
    {
        var terms = new List<string>();
        foreach (var clause in clauses)
        {
            foreach (var alternative in clause.Alternatives)
            {
                if (_index.FindPosting(alternative.TermId, doc) >= 0)
                {
                    terms.Add(alternative.Term);
                }
            }
        }

        return terms;
    }

    // Pairs of matched words score more the closer they stand: adjacent words earn the full weight.
    private double ProximityBonus(ReadOnlySpan<int> postings, ReadOnlySpan<double> weights)
    {
        double bonus = 0;
        for (var i = 0; i < postings.Length; i++)
        {
            var a = _index.BodyPositions(postings[i]);
            if (a.IsEmpty)
            {
                continue;
            }

            for (var j = i + 1; j < postings.Length; j++)
            {
                var distance = MinDistance(a, _index.BodyPositions(postings[j]));
                if (distance > 0)
                {
                    bonus += Math.Min(weights[i], weights[j]) / distance;
                }
            }
        }

        return bonus * _options.ProximityWeight;
    }

    private static int MinDistance(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, best = int.MaxValue;
        while (i < a.Length && j < b.Length)
        {
            var d = Math.Abs(a[i] - b[j]);
            if (d < best)
            {
                best = d;
            }

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

    // Calibrated on the development set (docs/benchmarks.md): the share of the question the best passage covers.
    private static double Confidence(List<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            return 0;
        }

        return hits[0].Coverage;
    }
}
