using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Core.Answering;

/// <summary>
/// Offers follow-up questions that the documents can answer and that relate to the answer just given: one per heading
/// (phrased as a patient's question by <see cref="HeadingQuestion"/>) or curated question, kept only when asking it
/// finds its own section again with confidence, and offered only for sections retrieval found relevant to the question
/// or the sections beside the quoted one in its document.
/// </summary>
public sealed class FollowUpSuggester
{
    // A section counts as related to a question when retrieval scored one of its passages at least this share of the
    // best passage's score: the same judgement that picks the second and third quotes, a little more lenient.
    private const double RelatedShare = 0.3;

    private const int MaxNeighbourDistance = 2;

    // Each candidate costs a search when the engine opens; a large knowledge base offers plenty within this many.
    private const int MaxCandidates = 300;

    private readonly Lazy<Dictionary<string, List<string?>>> _headings;
    private readonly Lazy<List<Suggestion>> _suggestions;

    /// <summary>Derives the candidate questions and keeps those that <paramref name="searcher"/> answers from their own section.</summary>
    public FollowUpSuggester(Searcher searcher, double minimumConfidence)
        : this(searcher?.Index.Passages ?? throw new ArgumentNullException(nameof(searcher)), question =>
        {
            var result = searcher.Search(question, 3);
            return result.Confidence >= minimumConfidence && result.Hits.Count > 0 ? result.Hits[0] : null;
        })
    {
    }

    /// <summary>
    /// Derives the candidate questions from <paramref name="passages"/> and keeps those for which <paramref name="answeringHit"/>
    /// (the passage FaqBot would answer with, or null when it would abstain) is in the candidate's own section. Checked on
    /// first use.
    /// </summary>
    public FollowUpSuggester(IReadOnlyList<Passage> passages, Func<string, SearchHit?> answeringHit)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(answeringHit);
        _headings = new Lazy<Dictionary<string, List<string?>>>(() => HeadingsByFile(passages), LazyThreadSafetyMode.ExecutionAndPublication);
        _suggestions = new Lazy<List<Suggestion>>(() => Check(passages, answeringHit), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static List<Suggestion> Check(IReadOnlyList<Passage> passages, Func<string, SearchHit?> answeringHit)
    {
        var suggestions = new List<Suggestion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var passage in passages)
        {
            var source = passage.IsCurated ? passage.Questions[0] : passage.Heading;
            if (seen.Count >= MaxCandidates)
            {
                break;
            }

            if (source is null || !seen.Add(passage.SourceFile + "\n" + source))
            {
                continue;
            }

            var question = passage.IsCurated ? source : HeadingQuestion.From(source);
            if (question is null)
            {
                continue;
            }

            if (answeringHit(question) is { } hit && hit.Passage.SourceFile == passage.SourceFile && hit.Passage.Heading == passage.Heading)
            {
                suggestions.Add(new Suggestion(question, passage.SourceFile, passage.Heading));
            }
        }

        return suggestions;
    }

    /// <summary>True once the candidates have been checked (on first use of <see cref="All"/> or <see cref="Suggest"/>).</summary>
    public bool IsChecked => _suggestions.IsValueCreated;

    /// <summary>All checked follow-up questions, in document order; checks them first if no caller has yet (callers
    /// arriving meanwhile wait for that one check).</summary>
    public IReadOnlyList<string> All => [.. _suggestions.Value.Select(s => s.Question)];

    /// <summary>
    /// Up to <paramref name="count"/> follow-ups related to the answer: sections among <paramref name="hits"/> scoring at
    /// least <see cref="RelatedShare"/> of the best, in rank order, then the sections beside the best hit's in its
    /// document; never a section just quoted, never the question itself. None without hits.
    /// </summary>
    public IReadOnlyList<string> Suggest(string question, IReadOnlyList<SearchHit> hits, IReadOnlyCollection<string> quotedPassageIds, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(question);
        if (hits.Count == 0)
        {
            return [];
        }

        var quotedSections = hits.Where(h => quotedPassageIds.Contains(h.Passage.Id)).Select(h => (h.Passage.SourceFile, h.Passage.Heading)).ToHashSet();
        var picked = new List<string>();
        void Take(IEnumerable<Suggestion> candidates)
        {
            foreach (var s in candidates)
            {
                if (picked.Count < count && !picked.Contains(s.Question) && !quotedSections.Contains((s.SourceFile, s.Heading))
                    && !s.Question.Equals(question.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    picked.Add(s.Question);
                }
            }
        }

        var best = hits[0].Score;
        var related = hits.Where(h => h.Score > 0 && h.Score >= RelatedShare * best);
        Take(related.SelectMany(h => _suggestions.Value.Where(s => s.SourceFile == h.Passage.SourceFile && s.Heading == h.Passage.Heading)));
        Take(Neighbours(hits[0].Passage));
        return picked;
    }

    // The nearest sections after and before the passage's own in its document (at most two sections away) that have a
    // checked question: authors put related topics side by side.
    private IEnumerable<Suggestion> Neighbours(Passage passage)
    {
        var headings = _headings.Value.GetValueOrDefault(passage.SourceFile) ?? [];
        var own = headings.IndexOf(passage.Heading);
        var nearby = _suggestions.Value.Where(s => s.SourceFile == passage.SourceFile)
            .Select(s => (Suggestion: s, Distance: headings.IndexOf(s.Heading) - own))
            .Where(n => own >= 0 && n.Distance != 0 && Math.Abs(n.Distance) <= MaxNeighbourDistance).ToList();
        return nearby.Where(n => n.Distance > 0).OrderBy(n => n.Distance).Take(1)
            .Concat(nearby.Where(n => n.Distance < 0).OrderByDescending(n => n.Distance).Take(1)).Select(n => n.Suggestion);
    }

    // Each document's headings in order, once: finding them per answer meant a pass over every passage, which at
    // 59,000 passages was a third of a whole answer's own work.
    private static Dictionary<string, List<string?>> HeadingsByFile(IReadOnlyList<Passage> passages) =>
        passages.GroupBy(p => p.SourceFile, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Heading).Distinct().ToList(), StringComparer.Ordinal);

    private sealed record Suggestion(string Question, string SourceFile, string? Heading);
}
