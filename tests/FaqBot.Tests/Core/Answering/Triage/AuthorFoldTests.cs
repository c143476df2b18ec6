using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// triage-cv leaves one bank's author out at a time, so its figures say how a new author's messages fare: each bank's
// tune half is scored by a model fitted on every other message and on none of its own author's.
public sealed class AuthorFoldTests
{
    [Fact]
    public void OuterFolds_SeveralBanks_OneFoldPerBankAndTheRestAlwaysTrains()
    {
        List<TriageExample> examples =
        [
            Example("a-1", "bank-a"), Example("b-1", "bank-b"), Example("a-2", "bank-a"),
            Example("q-1", "questions") with { IsRetrievalQuestion = true },
            Example("c-1", "cases") with { IsRegression = true },
        ];

        var folds = TriageCrossValidation.OuterFolds(examples, e => e.Author is "bank-a" or "bank-b");

        Assert.Equal([0, 1, 0, -1, -1], folds);
    }

    [Fact]
    public void OuterFolds_OneBank_FiveFoldsById()
    {
        List<TriageExample> examples = [.. Enumerable.Range(0, 20).Select(i => Example($"a-{i}", "bank-a")), Example("c-1", "cases") with { IsRegression = true }];

        var folds = TriageCrossValidation.OuterFolds(examples, e => e.Author == "bank-a");

        Assert.Equal(examples.Take(20).Select(e => TriageSplit.Fold(e.Id, TriageCrossValidation.Folds)), folds.Take(20));
        Assert.Equal(-1, folds[20]);
        Assert.True(folds.Take(20).Distinct().Count() > 1);
    }

    [Fact]
    public void Run_TwoBanks_ScoresEachBankMessageOnceAndNothingElse()
    {
        var examples = ((string[])["triage-bank.jsonl", "triage-bank-2.jsonl"])
            .SelectMany(bank => TriageBank.Read(Repo.Data(bank)).Where(e => TriageSplit.IsTune(e.Id))
                .GroupBy(e => e.Kind).SelectMany(g => g.Take(6)).Select(e => e with { Author = bank }))
            .Append(new TriageExample("extra-1", "what time do you open on saturdays", "question", "logistics") { Author = "train", IsRegression = true })
            .ToList();
        var embeddings = examples.Select(e => SeedEngine.Encoder.EncodeQuery(e.Text)).ToList();

        var (whole, learned) = TriageCrossValidation.Run(examples, embeddings, SeedEngine.Encoder.ModelId, e => !e.IsRegression);

        Assert.Equal(examples.Count - 1, whole.ByKind.Values.Sum(t => t.Total));
        Assert.Equal(examples.Count - 1, learned.ByKind.Values.Sum(t => t.Total));
    }

    private static TriageExample Example(string id, string author) => new(id, "text", "question", "general") { Author = author };
}
