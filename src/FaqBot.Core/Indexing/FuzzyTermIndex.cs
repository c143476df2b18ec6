namespace FaqBot.Core.Indexing;

/// <summary>
/// Finds terms one edit away (as Lucene's FuzzyQuery with maxEdits 1, transpositions counted as one edit)
/// without scanning the dictionary: every term is filed under the hash of itself and of each
/// one-character deletion, so a lookup costs about (query length + 1) hash probes.
/// </summary>
internal sealed class FuzzyTermIndex
{
    // Short words are left out: one edit turns most words of four letters or fewer into other real words
    // ("cost" → "most", "dose" → "does").
    internal const int MinLength = 5;

    internal const int MaxLength = 40;

    private readonly string[] _terms;
    private readonly Dictionary<ulong, int> _head = [];
    private readonly List<int> _next = [];
    private readonly List<int> _term = [];

    public FuzzyTermIndex(string[] terms)
    {
        _terms = terms;
        for (var id = 0; id < terms.Length; id++)
        {
            var term = terms[id];
            if (!IsFuzzyCandidate(term))
            {
                continue;
            }

            Add(Hash(term), id);
            for (var skip = 0; skip < term.Length; skip++)
            {
                Add(HashWithout(term, skip), id);
            }
        }
    }

    public IReadOnlyList<int> Find(string query)
    {
        if (!IsFuzzyCandidate(query))
        {
            return [];
        }

        var found = new List<int>();
        Probe(Hash(query));
        for (var skip = 0; skip < query.Length; skip++)
        {
            Probe(HashWithout(query, skip));
        }

        return found;

        void Probe(ulong hash)
        {
            if (!_head.TryGetValue(hash, out var entry))
            {
                return;
            }

            for (; entry >= 0; entry = _next[entry])
            {
                var id = _term[entry];
                var candidate = _terms[id];
                if (!found.Contains(id) && !candidate.Equals(query, StringComparison.Ordinal) && IsOneEditApart(query, candidate))
                {
                    found.Add(id);
                }
            }
        }
    }

    public long EstimateBytes() => (_head.Count * 24L) + (_next.Count * 8L);

    internal static bool IsFuzzyCandidate(string term)
    {
        if (term.Length < MinLength || term.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in term)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or adjacent swap.</summary>
    internal static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (i == a.Length)
            {
                return true;
            }

            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true; // substitution
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    private void Add(ulong hash, int id)
    {
        var entry = _term.Count;
        _term.Add(id);
        _next.Add(_head.TryGetValue(hash, out var previous) ? previous : -1);
        _head[hash] = entry;
    }

    // FNV-1a over the characters, skipping one position (-1 skips none); collisions are harmless
    // because every candidate is verified with IsOneEditApart.
    private static ulong HashWithout(string s, int skip)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip)
            {
                continue;
            }

            hash = (hash ^ s[i]) * 1099511628211UL;
        }

        return hash ^ (ulong)(s.Length - (skip >= 0 ? 1 : 0));
    }

    private static ulong Hash(string s) => HashWithout(s, -1);
}
