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

    private static bool Holds(string text, BankItem item) =>
        item.Evidence.Any(e => Whitespace.Collapse(text).Contains(Whitespace.Collapse(e), StringComparison.Ordinal));
}
