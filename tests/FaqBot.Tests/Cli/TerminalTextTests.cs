using FaqBot.Cli;

namespace FaqBot.Tests.Cli;

public sealed class TerminalTextTests
{
    [Fact]
    public void Wrap_BreaksAtSpacesAndContinuesUnderTheText()
    {
        var wrapped = TerminalText.Wrap("  [2] What should I know about safety and side effects?\n  “Ketamine can raise blood pressure for a while.”", 24);

        Assert.Equal(
            "  [2] What should I know\n      about safety and\n      side effects?\n  “Ketamine can raise\n   blood pressure for a\n   while.”",
            wrapped);
    }

    [Fact]
    public void Wrap_LongWordStaysWhole_AndZeroWidthLeavesTextAlone()
    {
        const string Text = "see https://example-clinic.org/a-very-long-address-indeed now";

        Assert.Equal("see\nhttps://example-clinic.org/a-very-long-address-indeed\nnow", TerminalText.Wrap(Text, 20));
        Assert.Equal(Text, TerminalText.Wrap(Text, 0));
    }
}
