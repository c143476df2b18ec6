using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

public sealed class AccentStripperTests
{
    [Theory]
    [InlineData("Crème brûlée à la CAFÉ", "Creme brulee a la CAFE")]
    [InlineData("e\u0301 typed decomposed", "e typed decomposed")]
    [InlineData("naïve Zoë Ångström", "naive Zoe Angstrom")]
    [InlineData("آمن", "امن")]
    [InlineData("が", "か")]
    [InlineData("Ελληνικά", "Ελληνικα")]
    [InlineData("한", "\u1112\u1161\u11AB")]
    [InlineData("ß æ ø ł stay", "ß æ ø ł stay")]
    [InlineData("😀 \uD83D lone", "😀 \uD83D lone")]
    public void Strip_NonAsciiText_DecomposesAndDropsNonSpacingMarks(string text, string expected)
    {
        Assert.Equal(expected, AccentStripper.Strip(text));
    }

    [Fact]
    public void Strip_AsciiText_ReturnsTheSameString()
    {
        const string Text = "How long does a session last?";

        Assert.Same(Text, AccentStripper.Strip(Text));
    }
}
