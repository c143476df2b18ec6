namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>Searches for <paramref name="question"/> and returns up to <paramref name="limit"/> hits with a confidence.</summary>
    public SearchResult Search(string question, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = ParseQuery(question);
        return Search(clauses, limit);
    }

    /// <summary>Ranks passages for already-analysed <paramref name="clauses"/>.</summary>
    public SearchResult Search(IReadOnlyList<QueryClause> clauses, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0 || _index.Passages.Count == 0)
        {
            return new SearchResult([], clauses, 0);
        }

        var scratch = _scratch.Value!;
        Accumulate(clauses, scratch);
        var candidates = TopByScore(scratch, RescoreDepth);
        var totalWeight = clauses.Sum(c => c.CoverageWeight);
        var hits = new List<SearchHit>(candidates.Count);
        foreach (var doc in candidates)
        {
            hits.Add(Rescore(doc, scratch.Score[doc], clauses, totalWeight));
        }

        Reset(scratch);
        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (hits.Count > limit)
        {
            hits.RemoveRange(limit, hits.Count - limit);
        }

        return new SearchResult(hits, clauses, Confidence(hits, clauses));
    }

    private void Accumulate(IReadOnlyList<QueryClause> clauses, Scratch scratch)
    {
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (clause.IsUnknown)
            {
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
    }

    // A bounded min-heap keeps the best `depth` passages without sorting every touched one.
    private static List<int> TopByScore(Scratch scratch, int depth)
    {
        var heap = new PriorityQueue<int, (float Score, int Doc)>(depth + 1, TopComparer.Instance);
        foreach (var doc in scratch.Touched)
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
