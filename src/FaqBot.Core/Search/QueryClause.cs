namespace FaqBot.Core.Search;

/// <summary>One position of the analysed query: the patient's word and the index terms that may stand for it.</summary>
/// <param name="Word">The word as typed (lower case), for explanations.</param>
/// <param name="Alternatives">The word's own term, its synonyms and near-miss spellings, each with its boost.</param>
/// <param name="Idf">The idf every alternative scores with, as Lucene's SynonymQuery: that of the most common alternative.</param>
/// <param name="Weight">Multiplier of the clause's score: below 1 for everyday words such as "take" or "long".</param>
/// <param name="CoverageWeight">The clause's share in coverage; an unknown word keeps a large share, so FaqBot can abstain.</param>
/// <param name="Position">The query position of the word.</param>
public sealed record QueryClause(
    string Word, IReadOnlyList<TermAlternative> Alternatives, double Idf, double Weight, double CoverageWeight, int Position)
{
    /// <summary>True when no index term matches the word, not even a near-miss spelling.</summary>
    public bool IsUnknown => Alternatives.Count == 0;
}
