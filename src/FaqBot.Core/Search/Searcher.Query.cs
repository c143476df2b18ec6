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
        foreach (var token in group)
        {
            if (_index.TryGetTermId(token.Text, out var id))
            {
                AddAlternative(alternatives, new TermAlternative(id, token.Text, token.IsSynonym ? (float)_options.SynonymBoost : 1f));
            }
        }

        // A typo is looked up only for a word the documents don't have, so it can never outrank an exact match.
        if (!alternatives.Exists(a => a.Boost >= 1f))
        {
            foreach (var token in group)
            {
                if (token.IsSynonym || token.IsKeyword)
                {
                    continue;
                }

                foreach (var id in _index.FindNearTerms(token.Text))
                {
                    AddAlternative(alternatives, new TermAlternative(id, _index.Term(id), (float)_options.FuzzyBoost));
                }
            }
        }

        var idf = alternatives.Count == 0 ? _unknownIdf : alternatives.Max(a => _idf[a.TermId]);
        if (clauses.Exists(c => c.Alternatives.Count > 0 && c.Alternatives.SequenceEqual(alternatives)))
        {
            return; // the same word twice adds nothing
        }

        clauses.Add(new QueryClause(word, alternatives, idf, group[0].Position));
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
