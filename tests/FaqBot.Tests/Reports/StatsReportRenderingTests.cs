using FaqBot.Schema.Events;
using FaqBot.Reports;
using FaqBot.Core.Answering;

namespace FaqBot.Tests.Reports;

// Renderings of a report made from known statistics (as a store returns them).
public sealed class StatsReportRenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly EventStatistics Known = new(
        [
            new DayStatistics(new DateOnly(2026, 3, 4), 10, 2, 3, 1, 1, 4, 5, 1),
            new DayStatistics(new DateOnly(2026, 3, 9), 20, 0, 6, 0, 2, 1, 7, 3),
        ],
        [
            new QuestionCount("Can I bring my dog?", 4),
            new QuestionCount("Is parking free?", 3),
            new QuestionCount("can i bring my dog", 1),
            new QuestionCount("=HYPERLINK(\"http://evil\",\"click\")", 1),
        ],
        UnansweredWithoutText: 0);

    [Fact]
    public void Create_KnownStatistics_TotalsKindsHelpfulnessAndEveryDayOfThePeriod()
    {
        var report = StatsReport.Create(Known, Now, StatsReport.DefaultPeriod);

        Assert.Equal(50, report.Questions);
        Assert.Equal(30, report.ByKind[AnswerKind.Answer]);
        Assert.Equal(9, report.ByKind[AnswerKind.Abstain]);
        Assert.Equal(5, report.ByKind[AnswerKind.Smalltalk]);
        Assert.Equal((12, 4), (report.Helpful, report.NotHelpful));
        Assert.Equal(75.0, report.HelpfulPercent);
        Assert.Equal(8, report.Days.Count);
        Assert.Equal(new DateOnly(2026, 3, 3), report.Days[0].Day);
        Assert.Equal(0, report.Days[0].Questions);
        Assert.Equal(21, report.Days[1].Questions);
        Assert.Equal([("Can I bring my dog?", 5), ("Is parking free?", 3), ("=HYPERLINK(\"http://evil\",\"click\")", 1)],
            report.Unanswered.Select(g => (g.Representative, g.Count)));
    }

    [Fact]
    public void Create_NoFeedback_HelpfulPercentIsNull()
    {
        var report = StatsReport.Create(new EventStatistics([], [], 0), Now, TimeSpan.FromDays(1));

        Assert.Null(report.HelpfulPercent);
        Assert.Equal(2, report.Days.Count);
    }

    [Fact]
    public void Create_PeriodBeyondTenYears_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatsReport.Create(Known, Now, TimeSpan.FromDays(StatsReport.MaxDays + 1)));
    }

    [Fact]
    public void ToMarkdown_KnownStatistics_DayTableRowsAndTotals()
    {
        var markdown = StatsReport.Create(Known, Now, StatsReport.DefaultPeriod).ToMarkdown();

        Assert.Contains("| 2026-03-04 | 21 | 10 | 2 | 3 | 1 | 1 | 4 | 5 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-03-05 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- Feedback: 12 helpful, 4 not helpful (75% helpful)", markdown, StringComparison.Ordinal);
        Assert.Contains("1. 5× \"Can I bring my dog?\"", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("without their text", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_QuestionsStoredWithoutText_SaysHowManyAndWhy()
    {
        var statistics = Known with { UnansweredWithoutText = 17 };

        var report = StatsReport.Create(statistics, Now, StatsReport.DefaultPeriod);

        Assert.Contains("17 unanswered questions were stored without their text (Storage:StoreQuestionText is off)", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("17 unanswered questions were stored without their text", report.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_OneUnansweredQuestion_SingularCounts()
    {
        var statistics = new EventStatistics([new DayStatistics(new DateOnly(2026, 3, 9), 0, 0, 1, 0, 0, 0, 0, 0)], [new QuestionCount("Can I bring my dog?", 1)], 0);

        var text = StatsReport.Create(statistics, Now, StatsReport.DefaultPeriod).ToPlainText();

        Assert.Contains("(1 group, 1 question; top 1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_OneQuestionWithoutText_Singular()
    {
        var report = StatsReport.Create(Known with { UnansweredWithoutText = 1 }, Now, StatsReport.DefaultPeriod);

        Assert.Contains("1 unanswered question was stored without its text", report.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_LongPeriod_ShowsLatestDaysOnly()
    {
        var markdown = StatsReport.Create(Known, Now, TimeSpan.FromDays(90)).ToMarkdown();

        Assert.Contains("| … 60 earlier days |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-03-10 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| 2026-02-07 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_KnownStatistics_AlignedColumnsAndRankedQuestions()
    {
        var lines = StatsReport.Create(Known, Now, StatsReport.DefaultPeriod).ToPlainText().Split('\n');

        var header = Array.Find(lines, l => l.StartsWith("Day ", StringComparison.Ordinal))!;
        var day = Array.Find(lines, l => l.StartsWith("2026-03-04", StringComparison.Ordinal))!;
        var total = Array.Find(lines, l => l.StartsWith("Total", StringComparison.Ordinal))!;
        Assert.Equal(header.Length, day.Length);
        Assert.Equal(header.Length, total.Length);
        Assert.Equal(header.IndexOf("Questions", StringComparison.Ordinal) + "Questions".Length, day.IndexOf("21", StringComparison.Ordinal) + 2);
        Assert.EndsWith("  12            4", total, StringComparison.Ordinal);
        Assert.Contains("   1      5  Can I bring my dog?", lines);
        Assert.Contains("   2      3  Is parking free?", lines);
    }

    [Fact]
    public void ToPlainText_ControlCharactersInQuestion_RemovedOnOneLine()
    {
        var statistics = new EventStatistics([], [new QuestionCount("red\u001b[31m alert\r\nnext line", 1)], 0);

        var text = StatsReport.Create(statistics, Now, StatsReport.DefaultPeriod).ToPlainText();

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("1      1  red [31m alert next line\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u200B")]
    [InlineData("\u200F")]
    [InlineData("\uFEFF")]
    [InlineData("\u0000")]
    public void Renderings_HiddenOrReorderingCharacterInQuestion_Removed(string hidden)
    {
        var question = $"is {hidden}gm 05 safe{hidden}?";
        var statistics = new EventStatistics([], [new QuestionCount(question, 1)], 0);
        var report = StatsReport.Create(statistics, Now, StatsReport.DefaultPeriod);

        foreach (var text in new[] { report.ToMarkdown(), report.ToPlainText(), report.ToCsv() })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
            Assert.Contains("gm 05 safe", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToPlainText_ManyGroups_ListsTopTwenty()
    {
        var many = Enumerable.Range(0, 30).Select(i => new QuestionCount($"topic{i} word{i}", 30 - i)).ToList();

        var text = StatsReport.Create(new EventStatistics([], many, 0), Now, StatsReport.DefaultPeriod).ToPlainText();

        Assert.Contains("(30 groups, 465 questions; top 20)", text, StringComparison.Ordinal);
        Assert.Contains("topic19 word19", text, StringComparison.Ordinal);
        Assert.DoesNotContain("topic20 word20", text, StringComparison.Ordinal);
    }
}
