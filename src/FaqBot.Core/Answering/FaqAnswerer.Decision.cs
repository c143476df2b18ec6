using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Core.Answering;

public sealed partial class FaqAnswerer
{
    /// <summary>
    /// The quotes FaqBot would give if it answered, whatever the answerability model says, with the retrieval
    /// signals: what <c>faqbot fit</c> labels and fits the model on.
    /// </summary>
    /// <param name="message">The question.</param>
    /// <param name="ranker">The fusion to rank with (fitting tries a new one); null: the decision's own, with its labelled questions.</param>
    /// <param name="labelled">With <paramref name="ranker"/>: the labelled questions to rank with (fitting leaves out the
    /// question's own author, so it never finds itself or its twins); null: none.</param>
    public (Answer Answer, AnswerabilitySignals? Signals) AnswerRegardless(string message, LogisticModel? ranker = null, ScopeModel? labelled = null)
    {
        var text = MessageText.Clean(message);
        var embedding = text.Length == 0 ? null : encoder?.EncodeQuery(QuestionOf(text));
        var (fusion, scope) = ranker is null ? (decision?.Ranker, decision?.Scope) : (ranker, labelled);
        var result = searcher.SearchFused(QuestionOf(text), embedding, ranker: fusion, labelled: scope?.EvidenceSimilarities(embedding));
        var confidence = decision?.Decide(result, embedding).Probability ?? 0;
        var answer = result.Hits.Count == 0 ? new Answer(AnswerKind.Abstain, "", [], [], null, 0) : Quoted(text, result, confidence);
        return (answer, result.Signals);
    }

    /// <summary>The passage FaqBot would quote first for <paramref name="question"/>, or null when it would abstain.</summary>
    public SearchHit? AnsweringHit(string question)
    {
        var text = MessageText.Clean(question);
        if (text.Length == 0)
        {
            return null;
        }

        // A follow-up is offered only if, typed by a patient, it would reach retrieval: a heading written as
        // "What should I know about…?" can read as a request for personal advice, and triage would then refer it;
        // one in the crisis watch band would put a crisis card above its answer.
        var shared = (encoder ?? triage.Encoder)?.EncodeQuery(QuestionOf(text));
        if (triage.Classify(text, shared) is not { Kind: TriageKind.Question, CrisisWatch: false })
        {
            return null;
        }

        var (result, confidence, threshold) = Search(text, encoder is null ? null : shared);
        return result.Hits.Count > 0 && confidence >= threshold ? result.Hits[0] : null;
    }

    // Fused retrieval scored by the answerability model (the one for its best passage: ForBest) against that model's
    // threshold or Search:AnswerAbove; keyword search and its coverage against Search:AbstainBelow without a model.
    private (SearchResult Result, double Confidence, double Threshold) Search(string text, float[]? embedding)
    {
        var question = QuestionOf(text);
        if (decision is null)
        {
            var keyword = searcher.Search(question);
            return (keyword, keyword.Confidence, options.AbstainBelow);
        }

        var fused = searcher.SearchFused(question, embedding, ranker: decision.Ranker, labelled: decision.Scope?.EvidenceSimilarities(embedding));
        var (used, probability) = decision.Decide(fused, embedding);
        return (fused, probability, options.AnswerAbove ?? used.AnswerAbove);
    }
}
