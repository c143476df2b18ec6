namespace FaqBot.Core.Search;

/// <summary>One position of the analysed query: the patient's word and the index terms that may stand for it.</summary>
/// <param name="Word">The word as typed (lower case), for explanations.</param>
/// <param name="Alternatives">The word's own term, its synonyms and near-miss spellings, each with its boost.</param>
/// <param name="Idf">The clause's weight in coverage: the best alternative's idf, or the idf of an unseen term.</param>
/// <param name="Position">The query position of the word.</param>
public sealed record QueryClause(string Word, IReadOnlyList<TermAlternative> Alternatives, double Idf, int Position)
{
    /// <summary>True when no index term matches the word, not even a near-miss spelling.</summary>
    public bool IsUnknown => Alternatives.Count == 0;
}
