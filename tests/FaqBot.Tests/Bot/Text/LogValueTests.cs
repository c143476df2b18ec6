using FaqBot.Bot.Text;

namespace FaqBot.Tests.Bot.Text;

// What a sender controls (ids, channel ids, names) reaches a log line as one bounded line that reads as it is.
public sealed class LogValueTests
{
    [Theory]
    [InlineData("a1\r\n2026-11-21 crit: forged", "a1 2026-11-21 crit: forged")]
    [InlineData("\u001b[31mred", "[31mred")]
    [InlineData("conv\u0000id", "conv id")]
    [InlineData("txt\u202Eexe.bat", "txtexe.bat")]
    [InlineData("\u2066admin\u2069", "admin")]
    [InlineData("ad\u200Bmin\uFEFF", "admin")]
    [InlineData("a:1PersonalChat", "a:1PersonalChat")]
    public void Of_ControlBidiOrZeroWidth_RemovedOnOneLine(string value, string expected)
    {
        Assert.Equal(expected, LogValue.Of(value));
    }

    [Fact]
    public void Of_LongValue_CutToMaxLengthWithEllipsis()
    {
        var logged = LogValue.Of(new string('x', 5_000))!;

        Assert.Equal(LogValue.MaxLength, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Null_StaysNull()
    {
        Assert.Null(LogValue.Of(null));
    }
}
