using FaqBot.Core.Search;

namespace FaqBot.Core.Answering;

public sealed partial class FaqAnswerer
{
    // The answerability model's threshold (or Search:AnswerAbove); keyword coverage against Search:AbstainBelow
    // when there is no model.
    private double Threshold => decision is null ? options.AbstainBelow : options.AnswerAbove ?? decision.AnswerAbove;

    /// <summary>
    /// The quotes FaqBot would give if it answered, whatever the answerability model says, with the retrieval
    /// signals: what <c>faqbot fit</c> labels and fits the model on.
    /// </summary>
    public (Answer Answer, AnswerabilitySignals? Signals) AnswerRegardless(string message)
    {
        var text = MessageText.Clean(message);
        var embedding = text.Length == 0 ? null : encoder?.EncodeQuery(Truncate(text));
        var result = searcher.SearchFused(Truncate(text), embedding);
        var confidence = decision is not null && result.Signals is { } signals ? decision.Probability(signals) : 0;
        var answer = result.Hits.Count == 0 ? new Answer(AnswerKind.Abstain, "", [], [], null, 0) : Quoted(text, result, confidence);
        return (answer, result.Signals);
    }

    // Fused retrieval scored by the answerability model; keyword search and its coverage without one.
    private (SearchResult Result, double Confidence) Search(string text, float[]? embedding)
    {
        var question = Truncate(text);
        if (decision is null)
        {
            var keyword = searcher.Search(question);
            return (keyword, keyword.Confidence);
        }

        var fused = searcher.SearchFused(question, embedding);
        return (fused, fused.Signals is { } signals ? decision.Probability(signals) : 0);
    }
}
