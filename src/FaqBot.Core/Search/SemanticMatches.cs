namespace FaqBot.Core.Search;

/// <summary>
/// The outcome of one semantic search: the best passages, and each passage's similarity (its best vector: the whole
/// passage or one of its sentences), its whole-passage similarity and which sentence matched, computed on request for
/// passages outside the scored candidates (the keyword candidates the fusion meets).
/// </summary>
public sealed class SemanticMatches
{
    private readonly SemanticIndex _index;
    private readonly float[] _query;
    private readonly Dictionary<int, (float Best, float Whole, int Sentence)> _scored = [];

    internal SemanticMatches(SemanticIndex index, float[] query)
    {
        _index = index;
        _query = query;
    }

    /// <summary>The best passages by <see cref="Best"/>, best first (ties: lower passage number).</summary>
    public IReadOnlyList<(int Passage, float Similarity)> Top { get; private set; } = [];

    /// <summary>The passage's best similarity (whole passage or a sentence); NaN without vectors.</summary>
    public float Best(int passage) => Scores(passage).Best;

    /// <summary>The whole passage's similarity; NaN without vectors.</summary>
    public float Whole(int passage) => Scores(passage).Whole;

    /// <summary>The 0-based sentence whose vector gave <see cref="Best"/>; -1 when the whole passage's did.</summary>
    public int BestSentence(int passage) => Scores(passage).Sentence;

    internal void Add(int passage, float whole)
    {
        var (sentence, index) = _index.BestSentence(_query, passage);
        _scored[passage] = sentence > whole ? (sentence, whole, index) : (whole, whole, -1);
    }

    internal void Rank(int k)
    {
        var top = _scored.Select(x => (Passage: x.Key, Similarity: x.Value.Best)).ToList();
        top.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Passage.CompareTo(b.Passage));
        Top = top.Count > k ? top.GetRange(0, k) : top;
    }

    private (float Best, float Whole, int Sentence) Scores(int passage)
    {
        if (_scored.TryGetValue(passage, out var scores))
        {
            return scores;
        }

        if (!_index.HasVector(passage))
        {
            return (float.NaN, float.NaN, -1);
        }

        Add(passage, _index.WholeSimilarity(_query, passage));
        return _scored[passage];
    }
}
