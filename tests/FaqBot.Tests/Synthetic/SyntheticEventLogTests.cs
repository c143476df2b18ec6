using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage.Events;
using FaqBot.Synthetic;

namespace FaqBot.Tests.Synthetic;

public sealed class SyntheticEventLogTests
{
    private static readonly DateTimeOffset Until = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Generate_SameSeed_SameEvents()
    {
        var first = new SyntheticEventLog(7).Generate(2_000, Until, 30).SelectMany(b => b.Answers).ToList();
        var second = new SyntheticEventLog(7).Generate(2_000, Until, 30).SelectMany(b => b.Answers).ToList();

        Assert.Equal(first.Select(a => (a.Question, a.Kind, a.Timestamp)), second.Select(a => (a.Question, a.Kind, a.Timestamp)));
    }

    [Fact]
    public void Generate_ManyEvents_KindMixFeedbackAndPeriodAsDocumented()
    {
        var batches = new SyntheticEventLog().Generate(20_000, Until, 30, batchSize: 3_000).ToList();
        var answers = batches.SelectMany(b => b.Answers).ToList();
        var feedback = batches.SelectMany(b => b.Feedback).ToList();

        Assert.Equal(7, batches.Count);
        Assert.Equal(20_000, answers.Count);
        Assert.InRange(Share(answers, AnswerKind.Answer), 0.68, 0.72);
        Assert.InRange(Share(answers, AnswerKind.Clarify), 0.09, 0.11);
        Assert.InRange(Share(answers, AnswerKind.Abstain), 0.11, 0.13);
        Assert.InRange(Share(answers, AnswerKind.Crisis), 0.015, 0.025);
        Assert.InRange(Share(answers, AnswerKind.Advice), 0.025, 0.035);
        Assert.InRange(Share(answers, AnswerKind.Smalltalk), 0.025, 0.035);
        Assert.InRange(feedback.Count / 20_000.0, 0.04, 0.06);
        Assert.All(answers, a => Assert.InRange(a.Timestamp, Until.AddDays(-30), Until));
        Assert.True(answers.Zip(answers.Skip(1)).All(p => p.First.Timestamp <= p.Second.Timestamp));
        Assert.True(answers.Where(a => a.Kind == AnswerKind.Abstain).Select(a => a.Question).Distinct().Count() > 500);
    }

    [Fact]
    public async Task WriteAsync_QuestionTextOff_StoresCountsWithoutText()
    {
        var store = new RecordingEventStore();

        var written = await new SyntheticEventLog { StoreQuestionText = false }.WriteAsync(store, 1_000, Until, 7, CancellationToken.None, batchSize: 400);

        var statistics = await store.GetStatisticsAsync(Until.AddDays(-7), Until, CancellationToken.None);
        Assert.Equal(3, store.Appends);
        Assert.Equal(written, 1_000 + statistics.Days.Sum(d => d.Helpful + d.NotHelpful));
        Assert.Equal(1_000, statistics.Days.Sum(d => d.Questions));
        Assert.Empty(statistics.Unanswered);
        Assert.Equal(statistics.Days.Sum(d => d.Abstained), statistics.UnansweredWithoutText);
    }

    private static double Share(List<AnswerEvent> answers, AnswerKind kind) => answers.Count(a => a.Kind == kind) / (double)answers.Count;

    private sealed class RecordingEventStore : IEventStore
    {
        private readonly EventStatisticsBuilder _builder = new();

        public int Appends { get; private set; }

        public Task AppendAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken)
        {
            Appends++;
            foreach (var answer in answers)
            {
                _builder.Add(answer);
            }

            foreach (var item in feedback)
            {
                _builder.Add(item);
            }

            return Task.CompletedTask;
        }

        public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
            Task.FromResult(_builder.Build());

        public Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<AnswerEvent> ReadAnswersAsync(DateTimeOffset since, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<FeedbackEvent> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
