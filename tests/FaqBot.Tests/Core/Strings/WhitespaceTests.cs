using FaqBot.Core.Strings;

namespace FaqBot.Tests.Core.Strings;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("  take\r\n with\tfood  ", "take with food")]
    [InlineData("no\u00A0break\u2003em\u2028line", "no break em line")]
    [InlineData("already collapsed", "already collapsed")]
    [InlineData(" \t\n ", "")]
    [InlineData("", "")]
    public void Collapse_RunsOfAnyWhiteSpace_BecomeOneSpaceTrimmed(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));

    [Fact]
    public void Collapse_KeepsEverythingElse()
    {
        Assert.Equal("Mix: «é» – 😀 ok!", Whitespace.Collapse("Mix:\t«é» –\n\n😀  ok!"));
    }
}
