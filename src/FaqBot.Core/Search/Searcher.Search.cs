namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>Searches for <paramref name="question"/> and returns up to <paramref name="limit"/> hits with a confidence.</summary>
    public SearchResult Search(string question, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = ParseQuery(question);
        return Search(clauses, limit);
    }

    /// <summary>Ranks passages for already-analysed <paramref name="clauses"/>.</summary>
    public SearchResult Search(IReadOnlyList<QueryClause> clauses, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0 || _index.Passages.Count == 0)
        {
            return new SearchResult([], clauses, 0);
        }

        var scratch = _scratch.Value!;
        var skipped = Accumulate(clauses, scratch);
        var candidates = TopByScore(scratch, RescoreDepth);
        var unknownWeight = UnknownWeight(clauses);
        var ranked = new (int Doc, double Score, double Coverage)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var doc = candidates[i];
            var (score, coverage) = Rescore(doc, scratch.Score[doc], scratch.Matched[doc] | skipped, clauses, unknownWeight);
            ranked[i] = (doc, score, coverage);
        }

        Reset(scratch);
        Array.Sort(ranked, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var hits = new List<SearchHit>(Math.Min(limit, ranked.Length));
        foreach (var (doc, score, coverage) in ranked.Take(limit))
        {
            hits.Add(new SearchHit(_index.Passages[doc], doc, score, coverage, MatchedTerms(doc, clauses)));
        }

        return new SearchResult(hits, clauses, Confidence(hits));
    }

    // Unknown words, heaviest first, each counting UnknownWordDecay of the one before.
    private double UnknownWeight(IReadOnlyList<QueryClause> clauses)
    {
        double total = 0, factor = 1;
        foreach (var weight in clauses.Where(c => c.IsUnknown).Select(c => c.CoverageWeight).OrderDescending())
        {
            total += weight * factor;
            factor *= _options.UnknownWordDecay;
        }

        return total;
    }

    // Returns the clauses it skipped: a word in nearly every passage ("ketamine" in a ketamine clinic's
    // documents) adds almost nothing to any score but costs a pass over all its postings, so it is left to
    // the rescoring of the best candidates, which still counts it for coverage.
    private ulong Accumulate(IReadOnlyList<QueryClause> clauses, Scratch scratch)
    {
        var totalWeight = clauses.Sum(c => c.Idf * c.Weight);
        var skipped = 0UL;
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (clause.IsUnknown)
            {
                continue;
            }

            if (clause.Idf * clause.Weight < NegligibleShare * totalWeight && _index.DocFrequency(clause.Alternatives[0].TermId) > NegligibleMinPostings)
            {
                skipped |= 1UL << c;
                continue;
            }

            // Within a clause the alternatives compete (a passage gets its best one), across clauses scores add.
            foreach (var alternative in clause.Alternatives)
            {
                var weight = (float)(clause.Idf * clause.Weight * alternative.Boost);
                var end = _index.PostingEnd(alternative.TermId);
                for (var p = _index.PostingStart(alternative.TermId); p < end; p++)
                {
                    var doc = _index.PostingDoc(p);
                    var score = weight * _postingWeight[p];
                    var current = scratch.ClauseScore[doc];
                    if (current == 0)
                    {
                        scratch.ClauseTouched.Add(doc);
                        scratch.ClauseScore[doc] = score;
                    }
                    else if (score > current)
                    {
                        scratch.ClauseScore[doc] = score;
                    }
                }
            }

            foreach (var doc in scratch.ClauseTouched)
            {
                if (scratch.Matched[doc] == 0)
                {
                    scratch.Touched.Add(doc);
                }

                scratch.Score[doc] += scratch.ClauseScore[doc];
                scratch.Matched[doc] |= 1UL << c;
                scratch.ClauseScore[doc] = 0;
            }

            scratch.ClauseTouched.Clear();
        }

        return skipped;
    }

    // The best `depth` passages without sorting every touched one: a plain sort when few passages were
    // touched (the common case on a clinic's knowledge base), a bounded min-heap otherwise.
    private static List<int> TopByScore(Scratch scratch, int depth)
    {
        var touched = scratch.Touched;
        if (touched.Count <= 4 * depth)
        {
            var all = touched.ToArray();
            var keys = new float[all.Length];
            for (var i = 0; i < all.Length; i++)
            {
                keys[i] = -scratch.Score[all[i]];
            }

            Array.Sort(keys, all);
            return [.. all.Take(depth)];
        }

        var heap = new PriorityQueue<int, (float Score, int Doc)>(depth + 1, TopComparer.Instance);
        foreach (var doc in touched)
        {
            var key = (scratch.Score[doc], doc);
            if (heap.Count < depth)
            {
                heap.Enqueue(doc, key);
            }
            else if (TopComparer.Instance.Compare(key, (scratch.Score[heap.Peek()], heap.Peek())) > 0)
            {
                heap.DequeueEnqueue(doc, key);
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        return result;
    }

    private static void Reset(Scratch scratch)
    {
        foreach (var doc in scratch.Touched)
        {
            scratch.Score[doc] = 0;
            scratch.Matched[doc] = 0;
        }

        scratch.Touched.Clear();
    }

    // Lower score first (min-heap); on equal scores the later passage is "lower", so earlier passages win ties.
    private sealed class TopComparer : IComparer<(float Score, int Doc)>
    {
        public static readonly TopComparer Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
