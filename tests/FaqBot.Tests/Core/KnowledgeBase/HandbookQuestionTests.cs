using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;
using FaqBot.Tests.TestSupport;
using Xunit.Abstractions;

namespace FaqBot.Tests.Core.KnowledgeBase;

// The 40-page handbook PDF answers the 10 questions written for it (tests/data/handbook) with the evidence among the
// top 3 quotes, on the right page. Tune and test halves are counted apart (the rule of tests/data/README.md); the
// floors are the figures measured with the current retrieval (docs/benchmarks.md), so a loss fails the test.
public sealed class HandbookQuestionTests(HandbookEngine handbook, ITestOutputHelper output) : IClassFixture<HandbookEngine>
{
    // Measured with the retrieval-only decision (the scope features belong to the seed articles), its threshold chosen
    // on the second bank's tune half, the "top up" synonym and the family words as everyday words: 8 of 8 tune, 1 of 2
    // test; the test miss ("how many sessions will i need in total") abstains. Retrieval round 8's refit (threshold
    // 0.401 → 0.399) left "my son is 16…" at 0.398, a referral without a quote: 7 of 8.
    private const int TuneFloor = 7; // of 8 (4 before the third training-question file, 5 before the retrieval-only threshold was chosen on the second bank's tune half, 6 before the "top up => booster" synonym, 7 before "son", "daughter"… weighed as everyday words, 8 before round 8's refit; docs/benchmarks.md)
    private const int TestFloor = 0; // of 2; the test half is too small to carry a floor above zero yet

    [Fact]
    public void Ask_HandbookQuestions_EvidenceInTopThreeQuotesOnItsPage()
    {
        var results = Questions().Select(q => (q.Id, Half: BankSplit.HalfOf(q.Id), Hit: Hit(q))).ToList();

        foreach (var half in results.GroupBy(r => r.Half))
        {
            output.WriteLine($"{half.Key}: {half.Count(r => r.Hit)}/{half.Count()} ({string.Join(", ", half.Where(r => !r.Hit).Select(r => r.Id))} missed)");
        }

        Assert.True(results.Count(r => r.Half == "tune" && r.Hit) >= TuneFloor, "tune half below its floor");
        Assert.True(results.Count(r => r.Half == "test" && r.Hit) >= TestFloor, "test half below its floor");
    }

    // The second bank (handbook-questions-2.jsonl, 64 questions written blind after the first measurements), through the
    // retrieval-only decision every knowledge base without its own labelled questions gets. The ranking alone puts the
    // evidence in the top 3 for 17 of 20 tune and 19 of 28 test questions. With that decision's threshold chosen on the
    // seed articles (0.654), 3/20 and 6/28 were answered, 4/4 and 12/12 abstentions right; with it chosen on this bank's
    // tune half (`faqbot fit --also`, 0.436), 9/20 and 12/28, 4/4 and 10/12; triage round 7 then sent one test question
    // to the crisis card (11/28; docs/benchmarks.md); two synonyms from tune-half misses ("top up" => booster, "ppl" =>
    // people) answered one more tune question (10/20); the rest of the family as everyday words ("my son is 16…") one more
    // (11/20), and the lower retrieval-only threshold it brought (0.436 → 0.401) answered one more test question the
    // handbook does not cover (9/12); round 8's chat fillers as stop words and "booklet", "handout"… as generic words
    // answered one more of each half (12/20, 12/28). Floors at the figures.
    [Fact]
    public void Ask_SecondBank_AnswersAndAbstentionsHoldTheirFloors()
    {
        var count = RightByHalfAndKind("handbook-questions-2.jsonl");
        Assert.True(count("tune", "answer") >= 12, "tune answers below their floor (12 of 20)");
        Assert.True(count("test", "answer") >= 12, "test answers below their floor (12 of 28; 11 after triage round 7 sent a nausea question to the crisis card, 12 again with retrieval round 8)");
        Assert.True(count("tune", "abstain") >= 4, "tune abstentions below their floor (4 of 4)");
        Assert.True(count("test", "abstain") >= 9, "test abstentions below their floor (9 of 12; 10 before the family words lowered the retrieval-only threshold)");
    }

    // The third bank (handbook-questions-3.jsonl, 96 questions written blind by another author, in everyday words
    // rather than the handbook's), through the same decision. Measured when it came, nothing tuned on it (docs/benchmarks.md,
    // retrieval round 10): the retrieval-only threshold, chosen on the second bank's 24 tune questions, answers under a
    // third of its answerable questions, and about three of its quoting replies in ten are wrong. Floors at those figures.
    [Fact]
    public void Ask_ThirdBank_AnswersAndAbstentionsHoldTheirFloors()
    {
        var count = RightByHalfAndKind("handbook-questions-3.jsonl");
        Assert.True(count("tune", "answer") >= 12, "tune answers below their floor (12 of 36)");
        Assert.True(count("test", "answer") >= 10, "test answers below their floor (10 of 36)");
        Assert.True(count("tune", "abstain") >= 11, "tune abstentions below their floor (11 of 15)");
        Assert.True(count("test", "abstain") >= 6, "test abstentions below their floor (6 of 9)");
    }

    // Ordinary questions about the handbook, none a crisis, that still meet the crisis or emergency card instead of an
    // answer ("how much notice do u need if i want to move my session"): 11 of the second and third banks' 160 when the
    // third came (docs/benchmarks.md, triage round 15). A ceiling, so a triage change that sends more there fails.
    [Fact]
    public void Ask_SecondAndThirdBanks_OrdinaryQuestionsRarelyMeetAnUrgentCard()
    {
        var urgent = Questions("handbook-questions-2.jsonl").Concat(Questions("handbook-questions-3.jsonl"))
            .Where(q => handbook.Engine.Ask(q.Q).Kind is AnswerKind.Crisis or AnswerKind.Emergency).Select(q => q.Id).ToList();
        output.WriteLine($"{urgent.Count}: {string.Join(", ", urgent)}");
        Assert.True(urgent.Count <= 11, $"{urgent.Count} ordinary questions got an urgent card (11 when the third bank came)");
    }

    [Fact]
    public void Ask_HandbookQuestions_EveryQuoteIsVerbatimExtractedAndWrittenText()
    {
        var passages = handbook.Content.AllPassages.ToDictionary(p => p.Id);
        var written = Normalize(string.Join(" ", handbook.Fixture.Texts.Select(t => t.Text)));
        var quotes = Questions().Concat(Questions("handbook-questions-2.jsonl")).Concat(Questions("handbook-questions-3.jsonl")).SelectMany(q => handbook.Engine.Ask(q.Q).Quotes).ToList();

        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var passage = passages[quote.PassageId];
            Assert.Equal(passage.Page, quote.Page);
            foreach (var piece in quote.Text.Split('…').Select(Normalize).Where(p => p.Length > 0))
            {
                Assert.Contains(piece, Normalize(passage.Text)); // exactly the extraction…
                foreach (var line in piece.Split(" | "))
                {
                    Assert.Contains(line, written); // …which is exactly what the PDF was written with
                }
            }
        }
    }

    private bool Hit(HandbookQuestion question)
    {
        var answer = handbook.Engine.Ask(question.Q);
        var quotes = answer.Quotes.Take(3);
        output.WriteLine($"{question.Id}: {answer.Kind}, confidence {answer.Confidence:F2}, quotes from pages {string.Join(", ", quotes.Select(q => q.Page))}");
        return quotes.Any(quote => quote.Page <= question.Page && question.Page <= (quote.LastPage ?? quote.Page)
            && question.Evidence.Any(e => Normalize(quote.Text).Contains(Normalize(e), StringComparison.Ordinal)));
    }

    // How many of a bank's questions are right, by half and kind, each group written to the output.
    private Func<string, string, int> RightByHalfAndKind(string file)
    {
        var results = Questions(file).Select(q => (q.Kind, Half: BankSplit.HalfOf(q.Id), Right: Right(q))).ToList();
        foreach (var group in results.GroupBy(r => (r.Half, r.Kind)))
        {
            output.WriteLine($"{group.Key.Half} {group.Key.Kind}: {group.Count(r => r.Right)}/{group.Count()}");
        }

        return (half, kind) => results.Count(r => r.Half == half && r.Kind == kind && r.Right);
    }

    // An answer question is right with its evidence in the top 3 quotes on its page; an abstain question with no quote.
    private bool Right(HandbookQuestion question) =>
        question.Kind == "abstain" ? handbook.Engine.Ask(question.Q).Quotes.Count == 0 : Hit(question);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<HandbookQuestion> Questions(string file = "handbook-questions.jsonl") =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "handbook", file))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<HandbookQuestion>(l, JsonSerializerOptions.Web)!);

    // The first bank has answer questions only and no kind.
    private sealed record HandbookQuestion(string Id, string Q, int Page, string[] Evidence, string Kind = "answer");
}

// One engine over a knowledge base holding only the handbook PDF and the shipped synonyms, with the default
// embedding model, as the server runs it.
public sealed class HandbookEngine : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public HandbookEngine()
    {
        Fixture = HandbookFixture.Create();
        _kb.WriteBytes(HandbookFixture.FileName, Fixture.ToBytes());
        File.Copy(Path.Combine(Repo.Root, "knowledge-base", "synonyms.txt"), Path.Combine(_kb.Root, "synonyms.txt"));
        var settings = SeedEngine.Settings(s => s.KnowledgeBase.Path = _kb.Root);
        Content = new KnowledgeBaseLoader(settings.KnowledgeBase).Load(_kb.Root);
        Engine = FaqEngine.Open(settings, encoder: SeedEngine.Encoder);
    }

    internal PdfFixture Fixture { get; }

    internal KnowledgeBaseContent Content { get; }

    internal FaqEngine Engine { get; }

    public void Dispose() => _kb.Dispose();
}
