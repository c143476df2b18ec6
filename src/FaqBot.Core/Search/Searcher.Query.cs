using FaqBot.Core.Analysis;

namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>Analyses a question into clauses: one per content word, with its synonyms and near-miss spellings.</summary>
    public IReadOnlyList<QueryClause> ParseQuery(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = _queryAnalyzer.Analyze(question);
        var clauses = new List<QueryClause>();
        var groupStart = 0;
        var spanEnd = -1;
        var spanStart = 0;

        // Tokens at one position are alternatives; a synonym that spans several words ("spaced out")
        // overlaps the following positions, which then join its clause.
        for (var i = 0; i <= tokens.Count; i++)
        {
            var startsNewClause = i == tokens.Count || (i > groupStart && tokens[i].Position != tokens[i - 1].Position && tokens[i].Start >= spanEnd);
            if (startsNewClause && i > groupStart)
            {
                AddClause(question, tokens.GetRange(groupStart, i - groupStart), spanStart, spanEnd, clauses);
                groupStart = i;
            }

            if (i < tokens.Count)
            {
                spanStart = i == groupStart ? tokens[i].Start : Math.Min(spanStart, tokens[i].Start);
                spanEnd = i == groupStart ? tokens[i].End : Math.Max(spanEnd, tokens[i].End);
            }

            if (clauses.Count == MaxClauses)
            {
                break;
            }
        }

        return clauses;
    }

    private void AddClause(string question, List<Token> group, int spanStart, int spanEnd, List<QueryClause> clauses)
    {
        var word = NormalizeWord(question.AsSpan(spanStart, spanEnd - spanStart));
        var hasSynonym = group.Exists(t => t.IsSynonym);
        if (!hasSynonym && QueryStopWords.Words.Contains(word))
        {
            return;
        }

        var alternatives = new List<TermAlternative>();
        foreach (var (phrase, boost) in Phrases(group))
        {
            // A multi-word alternative ("brain plasticity") stands in through its most specific word, and
            // only when the documents have all of its words.
            var best = -1;
            foreach (var term in phrase)
            {
                if (!_index.TryGetTermId(term, out var id))
                {
                    best = -2;
                    break;
                }

                if (best < 0 || _idf[id] > _idf[best])
                {
                    best = id;
                }
            }

            if (best >= 0)
            {
                AddAlternative(alternatives, new TermAlternative(best, _index.Term(best), boost));
            }
        }

        // A typo is looked up only for a word that neither the documents nor a synonym cover,
        // so it can never outrank an exact match.
        if (alternatives.Count == 0)
        {
            foreach (var token in group)
            {
                if (token.IsSynonym || token.IsKeyword)
                {
                    continue;
                }

                var surface = NormalizeWord(question.AsSpan(token.Start, token.End - token.Start));
                foreach (var id in _index.FindNearTerms(surface))
                {
                    AddAlternative(alternatives, new TermAlternative(id, _index.Term(id), (float)_options.FuzzyBoost));
                }
            }
        }

        if (alternatives.Count == 0 && QueryStopWords.IsMisspelledFiller(word))
        {
            return; // "actualy", "wondring": a typo of a filler word is still filler
        }

        if (clauses.Exists(c => c.Alternatives.Count > 0 && c.Alternatives.SequenceEqual(alternatives)))
        {
            return; // the same word twice adds nothing
        }

        var idf = alternatives.Count == 0 ? 0 : alternatives.Min(a => _idf[a.TermId]);
        var generic = !hasSynonym && GenericWords.Words.Contains(word);
        var coverageWeight = (generic, alternatives.Count == 0) switch
        {
            (true, true) => GenericWords.UnknownWeight,
            (true, false) => Math.Min(idf, GenericWords.KnownCap),
            (false, true) => _unknownIdf * _options.UnknownWordWeight,
            _ => alternatives.Max(a => _idf[a.TermId]),
        };
        clauses.Add(new QueryClause(word, alternatives, idf, generic ? GenericWords.ScoreWeight : 1, coverageWeight, group[0].Position));
    }

    // The analysed group as alternatives, each a phrase of terms: the words as typed (boost 1), then each
    // synonym, whose tokens the synonym filter emits together, starting again at the group's first position.
    private IEnumerable<(List<string> Terms, float Boost)> Phrases(List<Token> group)
    {
        var originals = group.Where(t => !t.IsSynonym).Select(t => t.Text).ToList();
        if (originals.Count > 0)
        {
            yield return (originals, 1f);
        }

        var firstPosition = group.Min(t => t.Position);
        List<string>? current = null;
        foreach (var token in group)
        {
            if (!token.IsSynonym)
            {
                continue;
            }

            if (current is not null && token.Position != firstPosition)
            {
                current.Add(token.Text);
                continue;
            }

            if (current is not null)
            {
                yield return (current, (float)_options.SynonymBoost);
            }

            current = [token.Text];
        }

        if (current is not null)
        {
            yield return (current, (float)_options.SynonymBoost);
        }
    }

    private static void AddAlternative(List<TermAlternative> alternatives, TermAlternative candidate)
    {
        var existing = alternatives.FindIndex(a => a.TermId == candidate.TermId);
        if (existing < 0)
        {
            alternatives.Add(candidate);
        }
        else if (alternatives[existing].Boost < candidate.Boost)
        {
            alternatives[existing] = candidate;
        }
    }

    private static string NormalizeWord(ReadOnlySpan<char> span)
    {
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
