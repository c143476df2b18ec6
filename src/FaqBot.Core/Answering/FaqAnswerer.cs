using FaqBot.Core.Answering.Crisis;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Highlighting;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;
using FaqBot.Core.Semantics;
using FaqBot.Core.Strings;

namespace FaqBot.Core.Answering;

/// <summary>
/// Triage first (crisis, personal advice, small talk), then retrieval: quotes with sources and follow-ups,
/// "did you mean…?" when two different sections fit equally, an honest abstain when the answerability model says
/// the best passages do not answer. The question's embedding is computed once per turn, here, and shared by triage
/// and retrieval.
/// </summary>
public sealed partial class FaqAnswerer(
    Searcher searcher, QuoteBuilder quotes, FollowUpSuggester followUps, MessageTriage triage, ClinicOptions clinic, SearchOptions options,
    ISentenceEncoder? encoder = null, FittedDecision? decision = null, IReadOnlyList<string>? exampleQuestions = null)
    : IQuestionAnswerer
{
    /// <summary>Retrieval reads at most this many characters (the message's questions first); triage reads the whole message.</summary>
    public const int MaxQuestionChars = 2000;

    /// <summary>
    /// The longest message answered (about eight pages of text): longer ones are still triaged in full, so a crisis
    /// anywhere in them gets the crisis card, and otherwise get a clear "please send your question on its own".
    /// </summary>
    public const int MaxMessageChars = 20_000;

    private const int MaxQuotes = 3;
    private const double NearDuplicate = 0.6;

    /// <inheritdoc/>
    public Answer Ask(string message)
    {
        var text = MessageText.Clean(message);
        if (text.Length == 0)
        {
            return Smalltalk($"Please type a question. {clinic.Scope} For example:", Examples);
        }

        // One embedding per turn, of the part retrieval reads (the whole of a message up to MaxQuestionChars), from
        // the one encoder retrieval and triage share; triage also reads every sentence of the whole message. With
        // keyword-only retrieval the encoder is triage's alone, and retrieval gets no vector.
        var shared = (encoder ?? triage.Encoder)?.EncodeQuery(QuestionOf(text));
        var triaged = triage.Classify(text, shared);
        var embedding = encoder is null ? null : shared;
        var answer = triaged.Kind switch
        {
            TriageKind.Crisis or TriageKind.Emergency => Urgent(triaged),
            _ when text.Length > MaxMessageChars => Smalltalk(
                $"Your message is {text.Length:N0} characters long, and I can read up to {MaxMessageChars:N0} at a time. " +
                "Please send your question on its own; a sentence or two is plenty.", []),
            TriageKind.Greeting => Smalltalk($"Hello! {clinic.Scope} For example, you could ask:", Examples),
            TriageKind.Help => Smalltalk(
                $"{clinic.Scope} Ask in your own words; I answer with quotes from our documents and say where each quote comes from. " +
                "I can't give personal medical advice: for that, please talk with your clinician. Some questions I can answer:", Examples),
            TriageKind.Thanks => Smalltalk("You're welcome! Is there anything else you'd like to know?", Examples),
            TriageKind.Goodbye => Smalltalk("Take care! If more questions come up, I'm here.", []),
            TriageKind.Advice => Advice(text, embedding),
            _ => Retrieve(text, embedding),
        };
        return answer with { Triage = triaged, Crisis = triaged.CrisisWatch ? CrisisReply.For(triaged, clinic) : answer.Crisis };
    }

    // Crisis help first and alone: no quotes, no follow-ups, no "general information" disclaimer under it.
    private Answer Urgent(TriageResult triaged)
    {
        var reply = CrisisReply.For(triaged, clinic);
        var kind = triaged.Kind == TriageKind.Emergency ? AnswerKind.Emergency : AnswerKind.Crisis;
        return new Answer(kind, reply.ToMarkdown(), [], [], null, 0) { Crisis = reply };
    }

    // The welcome's examples: questions the clinic chose to show first, rather than headings of its documents.
    private IReadOnlyList<string> Examples => exampleQuestions ?? FaqEngineSettings.DefaultExampleQuestions;

    private static Answer Smalltalk(string lead, IReadOnlyList<string> suggestions) => new(AnswerKind.Smalltalk, lead, [], suggestions, null, 0);

    private Answer Advice(string text, float[]? embedding)
    {
        var (result, confidence, threshold) = Search(text, embedding);
        var chosen = result.Hits.Count > 0 && confidence >= threshold ? ChooseQuotes(result, 2) : [];
        return new Answer(AnswerKind.Advice, clinic.AdviceText, chosen, FollowUpsFor(text, result, chosen), clinic.Disclaimer, confidence);
    }

    private Answer Retrieve(string text, float[]? embedding)
    {
        var (result, confidence, threshold) = Search(text, embedding);
        if (result.Hits.Count == 0 || confidence < threshold)
        {
            var lead = $"{clinic.AbstainText} {clinic.Scope} To ask {clinic.Name} directly: {clinic.Contact}";
            return new Answer(AnswerKind.Abstain, lead, [], [], clinic.Disclaimer, confidence); // nothing is related to an unanswered question
        }

        return Quoted(text, result, confidence);
    }

    private Answer Quoted(string text, SearchResult result, double confidence)
    {
        if (IsAmbiguous(result))
        {
            var candidates = result.Hits.Take(2).Select(Quote).ToList();
            return new Answer(AnswerKind.Clarify, "I found more than one part of our materials that could fit. Did you mean one of these?",
                candidates, FollowUpsFor(text, result, candidates), clinic.Disclaimer, confidence);
        }

        var chosen = ChooseQuotes(result, MaxQuotes);
        return new Answer(AnswerKind.Answer, "", chosen, FollowUpsFor(text, result, chosen), clinic.Disclaimer, confidence);
    }

    // What retrieval reads of a long message: its questions, else its end (QuestionPart); the whole of a short one.
    private static string QuestionOf(string text) => QuestionPart.Extract(text, MaxQuestionChars);

    // Two different sections (not two paragraphs of one) that score within a hair of each other, for a short
    // question: guessing would give a confident wrong answer half the time, so FaqBot asks.
    private bool IsAmbiguous(SearchResult result)
    {
        if (result.Hits.Count < 2 || result.Clauses.Count(c => !c.IsUnknown) > 2)
        {
            return false;
        }

        var (first, second) = (result.Hits[0], result.Hits[1]);

        // Fused scores are ranks or probabilities, so closeness is judged on the evidence: keyword scores within
        // ClarifyRatio and, with vectors, similarities within a hair, and so are the closest labelled questions that
        // point at each (a labelled question worded like this one settles which section was meant).
        var close = result.Signals is null
            ? second.Score >= options.ClarifyRatio * first.Score
            : second.KeywordScore >= options.ClarifyRatio * first.KeywordScore
                && (double.IsNaN(first.Similarity) || Math.Abs(first.Similarity - second.Similarity) <= 0.02)
                && Math.Abs(first.LabelledSimilarity - second.LabelledSimilarity) <= 0.02;
        return close
            && second.Coverage >= first.Coverage
            && (first.Passage.SourceFile != second.Passage.SourceFile || first.Passage.Heading != second.Passage.Heading)
            && Similarity(first.Passage.Text, second.Passage.Text) < NearDuplicate;
    }

    private List<Quote> ChooseQuotes(SearchResult result, int max)
    {
        var chosen = new List<Quote>();
        var best = result.Hits[0];
        foreach (var hit in result.Hits)
        {
            if (chosen.Count == max)
            {
                break;
            }

            // Fused hits come best first by the fitted fusion's probability of holding the answer: the next distinct
            // ones are the best further quotes there are (a score-ratio cut dropped the evidence for 4 % of the tune
            // half's answerable questions). Keyword search alone keeps the ratio and coverage cut.
            var good = hit == best || result.Signals is not null
                || (hit.Score >= options.SecondaryQuoteRatio * best.Score && hit.Coverage >= 0.5 * best.Coverage);
            if (!good)
            {
                continue;
            }

            var quote = Quote(hit);
            if (chosen.TrueForAll(q => Similarity(q.Text, quote.Text) < NearDuplicate))
            {
                chosen.Add(quote);
            }
        }

        return chosen;
    }

    private Quote Quote(SearchHit hit) =>
        quotes.Build(hit.Passage, [.. hit.MatchedTerms], TermWeight, hit.Score, hit.BestSentence);

    private double TermWeight(string term) => searcher.Index.DocFrequency(term) > 0 ? searcher.Idf(term) : 0;

    private IReadOnlyList<string> FollowUpsFor(string question, SearchResult result, IReadOnlyList<Quote> shown) =>
        followUps.Suggest(question, result.Hits, [.. shown.Select(q => q.PassageId)]);

    // Jaccard similarity of the lower-cased word sets: catches the same sentence repeated in two documents.
    internal static double Similarity(string a, string b) => Jaccard.Similarity(Words(a), Words(b));

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', '\n', ',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
