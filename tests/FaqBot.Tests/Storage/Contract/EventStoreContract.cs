using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage.Events;

namespace FaqBot.Tests.Storage.Contract;

// The behaviour every IEventStore must have; SQLite, PostgreSQL and Memory derive their test classes from it.
public abstract class EventStoreContract : StorageContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] NoSources = [];

    private IEventStore Events => Storage.Events;

    [Fact]
    public async Task Append_AnswersAndFeedback_ReadBackFieldForField()
    {
        var answer = new AnswerEvent("conv-1", "conv-1|0000001", "directline", "Wie lange dauert eine Sitzung? «45 min» \"ok\"",
            AnswerKind.Answer, 0.8125, 2, T0.AddHours(3).AddMilliseconds(250))
        {
            TopScore = 7.5,
            Sources = ["what-to-expect.txt", "faq.md"],
        };
        var withoutText = new AnswerEvent("conv-2", null, "msteams", null, AnswerKind.Abstain, 0, 0, T0.AddHours(4));
        var feedback = new FeedbackEvent("conv-1", "conv-1|0000001", FeedbackRating.NotHelpful, T0.AddHours(5));

        await Events.AppendAsync([answer, withoutText], [feedback], default);

        var answers = await Events.ReadAnswersAsync(T0, default).ToListAsync();
        Assert.Equal(2, answers.Count);
        AssertSame(answer, answers[0]);
        AssertSame(withoutText, answers[1]);
        Assert.Equal(feedback, Assert.Single(await Events.ReadFeedbackAsync(T0, default).ToListAsync()));
    }

    [Fact]
    public async Task ReadAnswers_Since_OnlyAtOrAfterOldestFirst()
    {
        await Events.AppendAsync([Answer("b", AnswerKind.Answer, T0.AddDays(2)), Answer("a", AnswerKind.Answer, T0.AddDays(1))], [], default);

        var since = await Events.ReadAnswersAsync(T0.AddDays(1), default).ToListAsync();
        var later = await Events.ReadAnswersAsync(T0.AddDays(1).AddMilliseconds(1), default).ToListAsync();

        Assert.Equal(["a", "b"], since.Select(a => a.Question));
        Assert.Equal(["b"], later.Select(a => a.Question));
    }

    [Fact]
    public async Task Append_EmptyBatch_NothingStored()
    {
        await Events.AppendAsync([], [], default);

        Assert.Empty(await Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync());
    }

    [Fact]
    public async Task GetStatistics_MixedEvents_SameAsInMemoryBuilder()
    {
        var (answers, feedback) = MixedEvents();
        await Events.AppendAsync(answers, feedback, default);
        var since = T0.AddDays(2);
        var until = T0.AddDays(9);

        var statistics = await Events.GetStatisticsAsync(since, until, default);

        var expected = new EventStatisticsBuilder();
        answers.Where(a => a.Timestamp >= since && a.Timestamp <= until).ToList().ForEach(expected.Add);
        feedback.Where(f => f.Timestamp >= since && f.Timestamp <= until).ToList().ForEach(expected.Add);
        var reference = expected.Build();
        Assert.Equal(reference.Days, statistics.Days);
        Assert.Equal(reference.Unanswered, statistics.Unanswered);
        Assert.Equal(reference.UnansweredWithoutText, statistics.UnansweredWithoutText);
        Assert.NotEmpty(statistics.Unanswered);
        Assert.True(statistics.UnansweredWithoutText > 0);
    }

    [Fact]
    public async Task GetStatistics_NoEvents_Empty()
    {
        var statistics = await Events.GetStatisticsAsync(T0, T0.AddDays(7), default);

        Assert.Empty(statistics.Days);
        Assert.Empty(statistics.Unanswered);
        Assert.Equal(0, statistics.UnansweredWithoutText);
    }

    [Fact]
    public async Task Purge_OlderThanCutoff_DeletedNewerKept()
    {
        await Events.AppendAsync(
            [Answer("old", AnswerKind.Abstain, T0), Answer("new", AnswerKind.Abstain, T0.AddDays(10))],
            [new FeedbackEvent("c", "x", FeedbackRating.Helpful, T0), new FeedbackEvent("c", "y", FeedbackRating.Helpful, T0.AddDays(10))],
            default);

        var purged = await Events.PurgeAsync(T0.AddDays(5), default);

        Assert.Equal(2, purged);
        Assert.Equal(["new"], (await Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync()).Select(a => a.Question));
        Assert.Equal(["y"], (await Events.ReadFeedbackAsync(DateTimeOffset.MinValue, default).ToListAsync()).Select(f => f.AnswerToActivityId));
        Assert.Equal(0, await Events.PurgeAsync(T0.AddDays(5), default));
    }

    [Fact]
    public async Task Reopen_AfterAppend_EventsKept()
    {
        await Events.AppendAsync([Answer("kept", AnswerKind.Answer, T0)], [], default);

        await ReopenAsync();

        Assert.Equal(KeepsDataAcrossReopen ? new[] { "kept" } : [], (await Events.ReadAnswersAsync(T0, default).ToListAsync()).Select(a => a.Question));
    }

    private static (List<AnswerEvent> Answers, List<FeedbackEvent> Feedback) MixedEvents()
    {
        var random = new Random(5);
        string[] unanswered = ["Can I bring my dog?", "can i bring my dog", "Is parking free?", "Do you take Aetna?"];
        var kinds = Enum.GetValues<AnswerKind>();
        var answers = new List<AnswerEvent>();
        var feedback = new List<FeedbackEvent>();
        for (var i = 0; i < 600; i++)
        {
            // Whole milliseconds over 12 days, some exactly on the period's bounds.
            var at = i % 100 == 0 ? T0.AddDays(2) : T0.AddMilliseconds(random.NextInt64(0, 12L * 86_400_000));
            var kind = kinds[random.Next(kinds.Length)];
            var question = kind == AnswerKind.Abstain ? (i % 7 == 0 ? null : unanswered[random.Next(unanswered.Length)]) : $"question {i}";
            answers.Add(Answer(question, kind, at));
            if (i % 4 == 0)
            {
                feedback.Add(new FeedbackEvent($"c{i}", $"c{i}|0000001", i % 8 == 0 ? FeedbackRating.Helpful : FeedbackRating.NotHelpful, at));
            }
        }

        answers.Add(Answer("at the end", AnswerKind.Answer, T0.AddDays(9)));
        return (answers, feedback);
    }

    private static AnswerEvent Answer(string? question, AnswerKind kind, DateTimeOffset at) =>
        new("conv", "conv|0000001", "directline", question, kind, 0.5, kind == AnswerKind.Answer ? 1 : 0, at);

    private static void AssertSame(AnswerEvent expected, AnswerEvent actual)
    {
        Assert.Equal(expected with { Sources = NoSources }, actual with { Sources = NoSources });
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.TopScore, actual.TopScore);
    }
}
