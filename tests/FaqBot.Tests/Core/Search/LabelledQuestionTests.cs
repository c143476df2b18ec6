using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Strings;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Search;

/// <summary>
/// The shipped model's labelled questions point at the passages that hold their evidence, in the knowledge base the
/// engine has open (positions in the model file resolved to today's passages).
/// </summary>
public sealed class LabelledQuestionTests
{
    [Fact]
    public void TrainingQuestion_AskedAgain_ItsEvidencePassageIsTheClosest()
    {
        var engine = SeedEngine.Instance;
        var scope = engine.Decision?.Scope ?? throw new InvalidOperationException("the default engine has no scope model");
        var passages = engine.Searcher.Index.Passages.ToDictionary(p => p.Id);
        var items = BankItem.ReadAll(Repo.Data("questions-train.jsonl"))
            .Where(i => i.Kind == "answer" && passages.Values.Any(p => Holds(p.Text, i))).Take(25).ToList();

        Assert.Equal(25, items.Count);
        foreach (var item in items)
        {
            var similarities = scope.EvidenceSimilarities(SeedEngine.Encoder.EncodeQuery(item.Question));

            // Above 0.99 rather than 1: the model file stores the examples at one signed byte a dimension.
            Assert.Contains(similarities, s => s.Value > 0.99 && Holds(passages[s.Key].Text, item));
        }
    }

    [Fact]
    public void ShortQuestionTwoSectionsFit_ALabelledQuestionWordedLikeIt_SettlesWhichWithoutAsking()
    {
        const string Question = "whys everyone hyping ketamine for anxiety lately"; // a training question, word for word
        var engine = SeedEngine.Instance;
        var decision = engine.Decision ?? throw new InvalidOperationException("the default engine has no decision");
        var vector = SeedEngine.Encoder.EncodeQuery(Question);
        var fused = engine.Searcher.SearchFused(Question, vector, ranker: decision.Ranker, labelled: decision.Scope?.EvidenceSimilarities(vector));
        var (first, second) = (fused.Hits[0], fused.Hits[1]);

        var answer = engine.AskUncached(Question);

        Assert.True(second.KeywordScore >= 0.97 * first.KeywordScore, "the keywords alone cannot tell the two sections apart");
        Assert.InRange(first.Similarity - second.Similarity, -0.02, 0.02); // nor can the passages' meaning
        Assert.True(first.LabelledSimilarity - second.LabelledSimilarity > 0.02, "a labelled question can");
        Assert.Equal(AnswerKind.Answer, answer.Kind); // so FaqBot answers instead of asking "did you mean…?"
        Assert.Contains("its potential to rapidly alleviate symptoms", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    private static bool Holds(string text, BankItem item) =>
        item.Evidence.Any(e => Whitespace.Collapse(text).Contains(Whitespace.Collapse(e), StringComparison.Ordinal));
}
