using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// A few words repeated over and over are read by rules and the lexical view only (TriageText.IsRepetitive): the crisis
// network scored such text 0.93-1.00 (docs/benchmarks.md, triage round 18).
public sealed class RepetitiveTextTests
{
    [Theory]
    [InlineData("how long does a session last ", 10)]
    [InlineData("hello ", 14)]
    [InlineData("thank you so much ", 60)]
    public void IsRepetitive_FewWordsRepeated_IsTrue(string words, int times)
    {
        Assert.True(TriageText.IsRepetitive(TriageText.Normalize(string.Concat(Enumerable.Repeat(words, times)))));
    }

    [Theory]
    [InlineData("hello hello")]
    [InlineData("no no no no no i dont want to")]
    [InlineData("i have been so tired lately and the tiredness makes the days long, so long, and i wonder if the infusions would help with the tiredness")]
    public void IsRepetitive_ShortOrNaturalText_IsFalse(string message)
    {
        Assert.False(TriageText.IsRepetitive(TriageText.Normalize(message)));
    }

    [Fact]
    public void IsRepetitive_NoMessageOfTheData_IsRepetitive()
    {
        var messages = TriageData.EveryMessage().ToList();

        Assert.DoesNotContain(messages, m => TriageText.IsRepetitive(TriageText.Normalize(m.Text)));
    }

    [Fact]
    public void Classify_RepeatedQuestion_IsNotACrisisAndSkipsTheEmbeddingView()
    {
        var triage = new MessageTriage(TriageModel.Shipped("ArcticXs"), _ => throw new InvalidOperationException("the embedding view must not run"));

        var result = triage.Classify(string.Concat(Enumerable.Repeat("how long does a session last ", 300)));

        Assert.Equal(TriageKind.Question, result.Kind);
        Assert.Null(result.Scores!.Embedding);
    }
}
