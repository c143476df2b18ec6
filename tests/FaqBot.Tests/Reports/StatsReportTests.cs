using FaqBot.Storage.Memory;
using FaqBot.Schema.Events;
using FaqBot.Reports;
using FaqBot.Core.Answering;

namespace FaqBot.Tests.Reports;

public sealed class StatsReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_EventsInAndOutOfPeriod_CountsOnlyLastSevenDaysByKind()
    {
        AnswerEvent[] answers =
        [
            Answer("how long is a session", AnswerKind.Answer, Now.AddDays(-1)),
            Answer("which one", AnswerKind.Clarify, Now.AddDays(-2)),
            Answer("can I bring my dog?", AnswerKind.Abstain, Now.AddDays(-3)),
            Answer("I want to die", AnswerKind.Crisis, Now.AddHours(-5)),
            Answer("should I stop my meds", AnswerKind.Advice, Now.AddHours(-1)),
            Answer("hello", AnswerKind.Smalltalk, Now.AddMinutes(-1)),
            Answer("old question", AnswerKind.Answer, Now.AddDays(-8)),
        ];

        var report = Report(answers, []);

        Assert.Equal(6, report.Questions);
        // Medical emergencies are counted with crisis replies.
        Assert.All(Enum.GetValues<AnswerKind>().Where(k => k != AnswerKind.Emergency), kind => Assert.Equal(1, report.ByKind[kind]));
        Assert.Equal(Now.AddDays(-7), report.Since);
    }

    [Fact]
    public void Create_Feedback_CountsHelpfulAndNotHelpfulInPeriod()
    {
        FeedbackEvent[] feedback =
        [
            new("c1", "q1", FeedbackRating.Helpful, Now.AddDays(-1)),
            new("c1", "q2", FeedbackRating.Helpful, Now.AddDays(-2)),
            new("c2", null, FeedbackRating.NotHelpful, Now.AddDays(-3)),
            new("c3", "q3", FeedbackRating.NotHelpful, Now.AddDays(-30)),
        ];

        var report = Report([], feedback);

        Assert.Equal(2, report.Helpful);
        Assert.Equal(1, report.NotHelpful);
        Assert.Contains("2 helpful, 1 not helpful (67% helpful)", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AbstainedQuestions_GroupedMostFrequentFirstOnlyAbstains()
    {
        AnswerEvent[] answers =
        [
            Answer("Can I bring my dog?", AnswerKind.Abstain, Now.AddDays(-1)),
            Answer("Is parking free?", AnswerKind.Abstain, Now.AddDays(-1)),
            Answer("can i bring my dog", AnswerKind.Abstain, Now.AddDays(-2)),
            Answer("Can I bring my dog with me?", AnswerKind.Abstain, Now.AddDays(-2)),
            Answer("Is parking free?", AnswerKind.Answer, Now.AddDays(-2)),
        ];

        var report = Report(answers, []);

        Assert.Equal([("Can I bring my dog?", 3), ("Is parking free?", 1)], report.TopUnanswered.Select(g => (g.Representative, g.Count)));
        var markdown = report.ToMarkdown();
        Assert.Contains("1. 3× \"Can I bring my dog?\"", markdown, StringComparison.Ordinal);
        Assert.Contains("2. 1× \"Is parking free?\"", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ManyUnansweredGroups_ListsTopFive()
    {
        var answers = Enumerable.Range(0, 8).Select(i => Answer($"unrelated topic number{i} word{i}", AnswerKind.Abstain, Now.AddHours(-i)));

        var report = Report(answers, []);

        Assert.Equal(StatsReport.TopUnansweredCount, report.TopUnanswered.Count);
    }

    [Fact]
    public void ToMarkdown_QuestionWithMarkdown_IsEscapedOnOneLine()
    {
        AnswerEvent[] answers = [Answer("see [this](http://x) *now*\nplease", AnswerKind.Abstain, Now.AddHours(-1))];

        var markdown = Report(answers, []).ToMarkdown();

        Assert.Contains("\\[this\\](http://x) \\*now\\* please", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_NoEvents_SaysNoUnansweredQuestions()
    {
        var markdown = Report([], []).ToMarkdown();

        Assert.Contains("Questions: **0**", markdown, StringComparison.Ordinal);
        Assert.Contains("No unanswered questions", markdown, StringComparison.Ordinal);
    }

    // Through the memory store, as the staff command sees them: it picks the period's events and adds them up.
    private static StatsReport Report(IEnumerable<AnswerEvent> answers, IEnumerable<FeedbackEvent> feedback)
    {
        var events = new MemoryStorage().Events;
        events.AppendAsync([.. answers], [.. feedback], CancellationToken.None).GetAwaiter().GetResult();
        var statistics = events.GetStatisticsAsync(Now - StatsReport.DefaultPeriod, Now, CancellationToken.None).GetAwaiter().GetResult();
        return StatsReport.Create(statistics, Now, StatsReport.DefaultPeriod);
    }

    private static AnswerEvent Answer(string question, AnswerKind kind, DateTimeOffset at) =>
        new("conv", "id", "msteams", question, kind, 0.5, 0, at);
}
