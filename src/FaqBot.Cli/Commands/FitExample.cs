using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>One tune-half question for fitting: answerable or not, and whether FaqBot's quotes would contain its evidence.</summary>
internal sealed record FitExample(bool Answerable, bool Correct)
{
    /// <summary>What fitting sees of one bank question over <paramref name="engine"/>'s knowledge base: the retrieval
    /// signals, and whether the quotes FaqBot would give regardless of the decision hold the evidence, ranked by
    /// <paramref name="ranker"/> with <paramref name="labelled"/>'s questions (null: none).</summary>
    public static (AnswerabilitySignals Signals, FitExample Example) Score(FaqEngine engine, BankItem item, LogisticModel? ranker, ScopeModel? labelled = null)
    {
        var (answer, signals) = engine.Answerer.AnswerRegardless(item.Question, ranker, labelled);
        var correct = item.Kind == "answer" && new EvalTally().Add("answer", answer, item.Evidence) && answer.Quotes.Count > 0;
        return (signals ?? throw new CliException("fit needs fused retrieval; the engine returned no signals", 1), new FitExample(item.Kind == "answer", correct));
    }
}
