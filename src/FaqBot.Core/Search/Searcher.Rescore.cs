namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    private const double ProximityCap = 0.3;

    // Second pass over the best candidates only: which clauses each matches (for coverage and highlighting)
    // and how close together the matched words stand.
    private SearchHit Rescore(int doc, double baseScore, IReadOnlyList<QueryClause> clauses, double totalIdf)
    {
        var matchedTerms = new List<string>();
        var matchedIdf = 0.0;
        var near = new List<(double Idf, int[] Positions)>();
        foreach (var clause in clauses)
        {
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
                matchedIdf += clause.Idf * bestBoost;
                if (bestPositions is { Length: > 0 })
                {
                    near.Add((clause.Idf, bestPositions));
                }
            }
        }

        var bonus = Math.Min(ProximityBonus(near), baseScore * ProximityCap);
        var coverage = totalIdf > 0 ? Math.Min(1, matchedIdf / totalIdf) : 0;
        return new SearchHit(_index.Passages[doc], doc, baseScore + bonus, coverage, matchedTerms);
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
