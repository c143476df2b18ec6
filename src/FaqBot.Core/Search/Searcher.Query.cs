using FaqBot.Core.Analysis;

namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>Analyses a question into clauses: one per position of the analysed question, with its synonyms and near-miss spellings.</summary>
    public IReadOnlyList<QueryClause> ParseQuery(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = TokenReader.Analyze(_queryAnalyzer, question, MaxQueryTokens);
        var clauses = new List<QueryClause>();
        var groupStart = 0;
        for (var i = 1; i <= tokens.Count && clauses.Count < MaxClauses; i++)
        {
            // Tokens at one position are alternatives (a word and its synonyms).
            if (i == tokens.Count || tokens[i].Position != tokens[groupStart].Position)
            {
                AddClause(question, tokens.GetRange(groupStart, i - groupStart), clauses);
                groupStart = i;
            }
        }

        return clauses;
    }

    private void AddClause(string question, List<AnalyzedToken> group, List<QueryClause> clauses)
    {
        var start = group.Min(t => t.Start);
        var span = question.Substring(start, group.Max(t => t.End) - start);
        var word = NormalizeWord(span);

        // Lucene types every output of a matched rule SYNONYM, the typed word's own term included when an
        // equivalence rule lists it; the typed word's terms keep the full boost.
        var typed = group.Exists(t => t.IsSynonym) ? TokenReader.Terms(_termAnalyzer, span) : [];
        bool IsSynonym(AnalyzedToken token) => token.IsSynonym && !typed.Contains(token.Term);
        var hasSynonym = group.Exists(IsSynonym);
        if (!hasSynonym && QueryStopWords.Words.Contains(word))
        {
            return;
        }

        var alternatives = new List<TermAlternative>();
        foreach (var token in group)
        {
            if (_index.DocFrequency(token.Term) > 0)
            {
                AddAlternative(alternatives, new TermAlternative(token.Term, IsSynonym(token) ? (float)_options.SynonymBoost : 1f));
            }
        }

        // A typo is looked up only for a word that neither the documents nor a synonym cover,
        // so it can never outrank an exact match.
        if (alternatives.Count == 0)
        {
            AddNearMisses(question, group, alternatives);
        }

        if (alternatives.Count == 0 && QueryStopWords.IsMisspelledFiller(word))
        {
            return; // "actualy", "wondring": a typo of a filler word is still filler
        }

        if (clauses.Exists(c => c.Alternatives.Count > 0 && c.Alternatives.SequenceEqual(alternatives)))
        {
            return; // the same word twice adds nothing
        }

        var idfs = alternatives.Select(a => _index.Idf(a.Term)).ToList();
        var idf = idfs.Count == 0 ? 0 : idfs.Min();
        var generic = !hasSynonym && GenericWords.Words.Contains(word);
        var coverageWeight = (generic, alternatives.Count == 0) switch
        {
            (true, true) => GenericWords.UnknownWeight,
            (true, false) => Math.Min(idf, GenericWords.KnownCap),
            (false, true) => _unknownIdf * _options.UnknownWordWeight,
            _ => idfs.Max(),
        };
        clauses.Add(new QueryClause(word, alternatives, idf, generic ? GenericWords.ScoreWeight : 1, coverageWeight, group[0].Position));
    }

    // Fuzzy terms are built from analysed terms: each written word one edit away is run through the chain,
    // and its term stands in (boosted down) for the patient's misspelling.
    private void AddNearMisses(string question, List<AnalyzedToken> group, List<TermAlternative> alternatives)
    {
        foreach (var token in group)
        {
            if (token.IsSynonym || token.IsKeyword)
            {
                continue;
            }

            var surface = NormalizeWord(question.AsSpan(token.Start, token.End - token.Start));
            foreach (var near in _index.FindNearWords(surface))
            {
                foreach (var term in TokenReader.Terms(_termAnalyzer, near))
                {
                    if (_index.DocFrequency(term) > 0)
                    {
                        AddAlternative(alternatives, new TermAlternative(term, (float)_options.FuzzyBoost));
                    }
                }
            }
        }
    }

    private static void AddAlternative(List<TermAlternative> alternatives, TermAlternative candidate)
    {
        var existing = alternatives.FindIndex(a => a.Term == candidate.Term);
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
