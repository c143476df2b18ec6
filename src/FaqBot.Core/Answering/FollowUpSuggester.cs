using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Core.Answering;

/// <summary>
/// Offers follow-up questions that the documents can answer: one per heading (or curated question), phrased
/// as a question, and kept only when searching for it finds its own section again with confidence.
/// </summary>
public sealed class FollowUpSuggester
{
    private static readonly HashSet<string> GenericHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "overview", "recap", "in a nutshell", "references", "in conclusion", "conclusion", "summary", "introduction",
        "comments", "recent posts", "related posts",
    };

    private static readonly string[] ContextWords = [" this ", " these ", " that ", " those "];

    // Each candidate costs a search when the engine opens; a large knowledge base offers plenty within this many.
    private const int MaxCandidates = 300;

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

            var question = passage.IsCurated ? source : AsQuestion(source);
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

    /// <summary>All checked follow-up questions, in document order.</summary>
    public IReadOnlyList<string> All => [.. _suggestions.Value.Select(s => s.Question)];

    /// <summary>Up to <paramref name="count"/> follow-ups related to <paramref name="hits"/>, not about what was just quoted.</summary>
    public IReadOnlyList<string> Suggest(string question, IReadOnlyList<SearchHit> hits, IReadOnlyCollection<string> quotedPassageIds, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(hits);
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

        // Sections that also matched the question first, then the rest of the best document, then anything.
        Take(hits.SelectMany(h => _suggestions.Value.Where(s => s.SourceFile == h.Passage.SourceFile && s.Heading == h.Passage.Heading)));
        if (hits.Count > 0)
        {
            Take(_suggestions.Value.Where(s => s.SourceFile == hits[0].Passage.SourceFile));
        }

        Take(_suggestions.Value);
        return picked;
    }

    /// <summary>Turns a heading into a question a patient could click, or null for a heading that needs its context.</summary>
    internal static string? AsQuestion(string heading)
    {
        var text = heading.Trim().TrimEnd(':').Trim();
        if (text.Length < 4 || GenericHeadings.Contains(text) || text.Split(' ').Length > 12)
        {
            return null;
        }

        if (text.EndsWith('?'))
        {
            var padded = " " + text.ToLowerInvariant() + " ";
            return ContextWords.Any(padded.Contains) ? null : SentenceCase(text);
        }

        var lower = SentenceCase(text);
        return text.StartsWith("The ", StringComparison.OrdinalIgnoreCase)
            ? "What is " + char.ToLowerInvariant(lower[0]) + lower[1..] + "?"
            : "Tell me about " + char.ToLowerInvariant(lower[0]) + lower[1..];
    }

    // "How Does Ketamine Affect the Brain?" → "How does ketamine affect the brain?"; acronyms stay.
    private static string SentenceCase(string text)
    {
        var words = text.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            var isAcronym = word.Count(char.IsUpper) >= 2;
            if (!isAcronym)
            {
                words[i] = word.ToLowerInvariant();
            }
        }

        return string.Join(' ', words);
    }

    private sealed record Suggestion(string Question, string SourceFile, string? Heading);
}
