using FaqBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>Searches for <paramref name="question"/> and returns up to <paramref name="limit"/> hits with a confidence.</summary>
    public SearchResult Search(string question, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Search(ParseQuery(question), limit);
    }

    /// <summary>Ranks passages for already-analysed <paramref name="clauses"/>.</summary>
    public SearchResult Search(IReadOnlyList<QueryClause> clauses, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.All(c => c.IsUnknown) || _index.Passages.Count == 0)
        {
            return new SearchResult([], clauses, 0);
        }

        return _index.Use(_ =>
        {
            var hits = KeywordCandidates(clauses, []).Ranked.Take(limit).ToList();
            return new SearchResult(hits, clauses, hits.Count == 0 ? 0 : hits[0].Coverage);
        });
    }

    // Lucene's best RescoreDepth passages, rescored by our layer and sorted by the new score (ties: passage number),
    // with the query terms of those passages and of <paramref name="alsoRead"/> (the semantic candidates, which fusion
    // rescores too) read in one pass.
    private (List<SearchHit> Ranked, CandidateTerms Terms) KeywordCandidates(IReadOnlyList<QueryClause> clauses, IEnumerable<int> alsoRead)
    {
        var top = clauses.All(c => c.IsUnknown) ? [] : _searcher.Search(BuildQuery(clauses), RescoreDepth).ScoreDocs;
        var terms = ReadTerms(top.Select(d => d.Doc).Concat(alsoRead), clauses);
        var unknownWeight = UnknownWeight(clauses);
        var ranked = new List<SearchHit>(top.Length);
        foreach (var scoreDoc in top)
        {
            ranked.Add(Rescore(scoreDoc.Doc, scoreDoc.Score, clauses, unknownWeight, terms));
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.PassageNumber.CompareTo(b.PassageNumber));
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i] = ranked[i] with { KeywordRank = i + 1, KeywordScore = ranked[i].Score };
        }

        return (ranked, terms);
    }

    // One clause per question word: its alternatives compete (a passage earns its best one, as a
    // DisjunctionMaxQuery), each alternative is per-field BM25 summed over the weighted fields, and the
    // clauses add up (SHOULD).
    internal Query BuildQuery(IReadOnlyList<QueryClause> clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses.Where(c => !c.IsUnknown))
        {
            var alternatives = new DisjunctionMaxQuery(0f) { Boost = (float)clause.Weight };
            foreach (var alternative in clause.Alternatives)
            {
                var fields = new BooleanQuery { Boost = alternative.Boost };
                AddField(fields, PassageFields.Body, alternative.Term, _options.BodyWeight);
                AddField(fields, PassageFields.Heading, alternative.Term, _options.HeadingWeight);
                AddField(fields, PassageFields.Title, alternative.Term, _options.TitleWeight);
                AddField(fields, PassageFields.Questions, alternative.Term, _options.QuestionWeight);
                alternatives.Add(fields);
            }

            query.Add(alternatives, Occur.SHOULD);
        }

        return query;
    }

    private static void AddField(BooleanQuery fields, string field, string term, double weight)
    {
        if (weight > 0)
        {
            fields.Add(new TermQuery(new Term(field, term)) { Boost = (float)weight }, Occur.SHOULD);
        }
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
}
