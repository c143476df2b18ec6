using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

public sealed class TriageTextTests
{
    [Fact]
    public void Normalize_CurlyApostropheAndCaps_FoldsToPlainLowercase()
    {
        var text = "I DON\u2019T  know, I\u2019m   fine";

        var normalized = TriageText.Normalize(text);

        Assert.Equal("i dont know im fine", normalized);
    }

    [Fact]
    public void Normalize_EmojiAndPunctuation_BecomeSingleSpaces()
    {
        var text = "\U0001F494hi!!!\n\tthere\u2014\U0001F642 ";

        var normalized = TriageText.Normalize(text);

        Assert.Equal("hi there", normalized);
    }

    [Fact]
    public void Normalize_OnlySymbols_IsEmpty()
    {
        var text = " ?! \U0001F642 ";

        var normalized = TriageText.Normalize(text);

        Assert.Equal("", normalized);
    }
}
