using FaqBot.Schema.Events;
using FaqBot.Reports;

namespace FaqBot.Tests.Reports;

public sealed class StatsReportCsvTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("plain question", "plain question")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5 mg?", "'-5 mg?")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "TAB")]
    [InlineData("\rCR", "CR")]
    [InlineData("\0=2+3", "'=2+3")]
    [InlineData("\t=2+3", "'=2+3")]
    [InlineData(" =2+3", "'=2+3")]
    [InlineData("\u202E=2+3", "'=2+3")]
    [InlineData("\u200B\u2066@SUM(A1)\u2069", "'@SUM(A1)")]
    [InlineData("\uFEFF-1+1", "'-1+1")]
    [InlineData("dose\u202Egm 05\u202C?", "dosegm 05?")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Format_Value_QuotedAndFormulaSafe(string value, string expected)
    {
        Assert.Equal(expected, CsvCell.Format(value));
    }

    [Fact]
    public void ToCsv_DaysAndGroups_TypedRowsWithAllGroups()
    {
        var unanswered = Enumerable.Range(0, 8).Select(i => new QuestionCount($"topic{i} word{i}", 10 - i)).Append(new QuestionCount("=cmd|' /C calc'!A0, now", 1));
        var statistics = new EventStatistics([new DayStatistics(new DateOnly(2026, 3, 9), 20, 1, 9, 0, 2, 1, 7, 3)], [.. unanswered], 0);

        var lines = StatsReport.Create(statistics, Now, TimeSpan.FromDays(2)).ToCsv().Split("\r\n");

        Assert.Equal(StatsReport.CsvHeader, lines[0]);
        Assert.Equal("day,2026-03-08,0,0,0,0,0,0,0,0,0,,,", lines[1]);
        Assert.Equal("day,2026-03-09,33,20,1,9,0,2,1,7,3,,,", lines[2]);
        Assert.Equal("unanswered,,,,,,,,,,,1,10,topic0 word0", lines[4]);
        Assert.Equal("unanswered,,,,,,,,,,,9,1,\"'=cmd|' /C calc'!A0, now\"", lines[12]);
        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], l => Assert.Equal(13, l.Count(ch => ch == ',') - (l.Contains("now", StringComparison.Ordinal) ? 1 : 0)));
    }
}
