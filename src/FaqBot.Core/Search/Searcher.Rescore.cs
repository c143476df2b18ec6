namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    private const double ProximityCap = 0.3;

    // Second pass over the best candidates only: which clauses each matches (for coverage and highlighting)
    // and how close together the matched words stand.
    private SearchHit Rescore(int doc, double baseScore, IReadOnlyList<QueryClause> clauses, double totalWeight)
    {
        var matchedTerms = new List<string>();
        var matchedWeight = 0.0;
        var knownWeight = 0.0;
        var near = new List<(double Idf, int[] Positions)>();
        foreach (var clause in clauses)
        {
            knownWeight += clause.IsUnknown ? 0 : clause.CoverageWeight;
            var bestBoost = 0f;
            int[]? bestPositions = null;
            foreach (var alternative in clause.Alternatives)
            {
                var posting = _index.FindPosting(alternative.TermId, doc);
                if (posting < 0)
                {
                    continue;
                }

                matchedTerms.Add(alternative.Term);
                if (alternative.Boost > bestBoost)
                {
                    bestBoost = alternative.Boost;
                    bestPositions = _index.BodyPositions(posting).ToArray();
                }
            }

            if (bestBoost > 0)
            {
                matchedWeight += clause.CoverageWeight * bestBoost;
                if (bestPositions is { Length: > 0 })
                {
                    near.Add((clause.Idf * clause.Weight, bestPositions));
                }
            }
        }

        var bonus = Math.Min(ProximityBonus(near), baseScore * ProximityCap);
        var coverage = totalWeight > 0 ? Math.Min(1, matchedWeight / totalWeight) : 0;

        // A passage that matches more of what the question asks about beats one that repeats a single word.
        var knownCoverage = knownWeight > 0 ? Math.Min(1, matchedWeight / knownWeight) : 0;
        var score = (baseScore + bonus) * (1 - _options.CoverageInRanking + (_options.CoverageInRanking * knownCoverage));
        return new SearchHit(_index.Passages[doc], doc, score, coverage, matchedTerms);
    }

    // Pairs of matched words score more the closer they stand: adjacent words earn the full weight.
    private double ProximityBonus(List<(double Idf, int[] Positions)> near)
    {
        double bonus = 0;
        for (var i = 0; i < near.Count; i++)
        {
            for (var j = i + 1; j < near.Count; j++)
            {
                var distance = MinDistance(near[i].Positions, near[j].Positions);
                if (distance > 0)
                {
                    bonus += Math.Min(near[i].Idf, near[j].Idf) / distance;
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

    private static double Confidence(List<SearchHit> hits, IReadOnlyList<QueryClause> clauses)
    {
        if (hits.Count == 0)
        {
            return 0;
        }

        return hits[0].Coverage;
    }
}
