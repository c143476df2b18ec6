using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteEventStorePagingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SqliteTempFolder _temp = new();
    private IFaqBotStorage? _storage;

    private IFaqBotStorage Storage => _storage!;

    public async Task InitializeAsync() => _storage = await _temp.OpenServerAsync();

    public async Task DisposeAsync()
    {
        await Storage.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task ReadAnswersAsync_MorePagesWithTiedTimes_EachOnceInTimeOrder()
    {
        // 2,500 events over 5 distinct times, written newest first: pages of 1,000 must split ties by insertion.
        var answers = Enumerable.Range(0, 2500)
            .Select(i => Answer($"q{i}", T0.AddMinutes(4 - (i / 500))))
            .ToList();
        await Storage.Events.AppendAsync(answers, [], default);

        var read = new List<AnswerEvent>();
        await foreach (var answer in Storage.Events.ReadAnswersAsync(T0, default))
        {
            read.Add(answer);
        }

        Assert.Equal(2500, read.Select(a => a.Question).Distinct().Count());
        Assert.Equal(read.OrderBy(a => a.Timestamp).Select(a => a.Question), read.Select(a => a.Question));
        Assert.Equal("q2000", read[0].Question);
        Assert.Equal("q499", read[^1].Question);
    }

    [Fact]
    public async Task ReadFeedbackAsync_MoreThanOnePage_AllReadOldestFirst()
    {
        var feedback = Enumerable.Range(0, 1500)
            .Select(i => new FeedbackEvent($"c{i}", null, FeedbackRating.Helpful, T0.AddSeconds(1500 - i)))
            .ToList();
        await Storage.Events.AppendAsync([], feedback, default);

        var read = new List<FeedbackEvent>();
        await foreach (var item in Storage.Events.ReadFeedbackAsync(T0, default))
        {
            read.Add(item);
        }

        Assert.Equal(feedback.AsEnumerable().Reverse(), read);
    }

    [Fact]
    public async Task AppendAsync_NaNConfidence_StoredAsZeroInsteadOfLosingTheBatch()
    {
        var answer = Answer("q", T0) with { Confidence = double.NaN };

        await Storage.Events.AppendAsync([answer], [], default);

        await foreach (var read in Storage.Events.ReadAnswersAsync(T0, default))
        {
            Assert.Equal(0, read.Confidence);
        }
    }

    [Fact]
    public async Task GetStatisticsAsync_EventsAroundMidnightUtc_CountedOnTheirUtcDay()
    {
        var midnight = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        await Storage.Events.AppendAsync(
            [Answer("late", midnight.AddMilliseconds(-1)), Answer("early", midnight), Answer("local", new DateTimeOffset(2026, 11, 2, 0, 30, 0, TimeSpan.FromHours(2)))],
            [],
            default);

        var statistics = await Storage.Events.GetStatisticsAsync(T0, T0.AddDays(3), default);

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)], statistics.Days.Select(d => d.Day));
        Assert.Equal([2, 1], statistics.Days.Select(d => d.Answered));
    }

    private static AnswerEvent Answer(string question, DateTimeOffset at) =>
        new("conv", null, "directline", question, AnswerKind.Answer, 0.5, 1, at);
}
