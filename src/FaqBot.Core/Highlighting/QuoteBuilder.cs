using FaqBot.Core.Analysis;
using FaqBot.Core.Answering;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Highlighting;

/// <summary>
/// Picks the best verbatim window of whole sentences from a passage (the fragmenter and scorer of Lucene's
/// highlighter) and marks the matched words; "…" shows where the passage was trimmed. Never changes a word.
/// </summary>
public sealed class QuoteBuilder(Lucene.Net.Analysis.Analyzer analyzer)
{
    /// <summary>Passages up to this many characters are quoted whole.</summary>
    public const int MaxQuoteChars = 420;

    /// <summary>At most this many sentences in a trimmed quote.</summary>
    public const int MaxSentences = 3;

    /// <summary>The mark that shows where a quote was trimmed.</summary>
    public const string Ellipsis = "…";

    /// <summary>Builds the quote of <paramref name="passage"/> for the matched index terms.</summary>
    /// <param name="passage">The passage to quote.</param>
    /// <param name="matchedTerms">Index terms of the query found in the passage.</param>
    /// <param name="termWeight">How much each term is worth (its idf), to choose the window.</param>
    /// <param name="score">The passage's retrieval score, carried into the quote.</param>
    /// <param name="bestSentence">The sentence closest in meaning to the question (0-based), which a trimmed quote keeps; -1 for none.</param>
    public Quote Build(Passage passage, IReadOnlyCollection<string> matchedTerms, Func<string, double> termWeight, double score, int bestSentence = -1)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(matchedTerms);
        ArgumentNullException.ThrowIfNull(termWeight);
        var text = passage.Text;
        var marks = TokenReader.Analyze(analyzer, text)
            .Where(t => matchedTerms.Contains(t.Term))
            .Select(t => (Range: new TextRange(t.Start, t.End - t.Start), t.Term))
            .ToList();
        var window = text.Length <= MaxQuoteChars ? new TextRange(0, text.Length) : BestWindow(text, marks, termWeight, bestSentence);

        var prefix = window.Start > 0 ? Ellipsis + " " : "";
        var suffix = window.End < text.Length ? " " + Ellipsis : "";
        var quoted = prefix + text.Substring(window.Start, window.Length) + suffix;
        var shifted = marks
            .Where(m => m.Range.Start >= window.Start && m.Range.End <= window.End)
            .Select(m => new TextRange(m.Range.Start - window.Start + prefix.Length, m.Range.Length))
            .ToList();
        return new Quote(quoted, passage.Id, passage.DocumentTitle, passage.Heading, passage.SourceFile, passage.Url, score, shifted)
        {
            Page = passage.Page,
            LastPage = passage.LastPage,
        };
    }

    private static TextRange BestWindow(string text, List<(TextRange Range, string Term)> marks, Func<string, double> termWeight, int bestSentence)
    {
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            return new TextRange(0, text.Length);
        }

        var best = sentences[0];
        var bestScore = double.MinValue;
        for (var first = 0; first < sentences.Count; first++)
        {
            for (var last = first; last < sentences.Count && last - first < MaxSentences; last++)
            {
                var window = new TextRange(sentences[first].Start, sentences[last].End - sentences[first].Start);
                if (last > first && window.Length > MaxQuoteChars)
                {
                    break;
                }

                // The sentence that meets the question's meaning must be in the quote: it outweighs any word count.
                var keepsBest = bestSentence >= first && bestSentence <= last ? 1000 : 0;
                var score = keepsBest + WindowScore(window, marks, termWeight) - (0.001 * window.Length / MaxQuoteChars);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = window;
                }
            }
        }

        return best;
    }

    // Distinct terms count fully; a repeat earns a little, so a window that keeps talking about the topic
    // beats one that only mentions it once.
    private static double WindowScore(TextRange window, List<(TextRange Range, string Term)> marks, Func<string, double> termWeight)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double score = 0;
        foreach (var (range, term) in marks)
        {
            if (range.Start < window.Start || range.End > window.End)
            {
                continue;
            }

            score += seen.Add(term) ? termWeight(term) : 0.1 * termWeight(term);
        }

        return score;
    }
}
