using FaqBot.Core.Highlighting;

namespace FaqBot.Tests.Core.Highlighting;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(r => text.Substring(r.Start, r.Length))];

    [Fact]
    public void Split_Prose_SplitsAtSentenceEnds()
    {
        var sentences = Split("Ketamine works fast. It can help! Does it last? Yes.");

        Assert.Equal(["Ketamine works fast.", "It can help!", "Does it last?", "Yes."], sentences);
    }

    [Fact]
    public void Split_AbbreviationsInitialsAndDecimals_DoNotSplit()
    {
        var sentences = Split("Drozdz, S. J., Goel, A. wrote it, e.g. in 2022. Doses of 0.5 mg are typical.");

        Assert.Equal(["Drozdz, S. J., Goel, A. wrote it, e.g. in 2022.", "Doses of 0.5 mg are typical."], sentences);
    }

    [Fact]
    public void Split_ClosingQuoteAndLineBreaks_KeepsThemWithTheirSentence()
    {
        var sentences = Split("He said “it works.” Then left.\n- a list item\n- another");

        Assert.Equal(["He said “it works.”", "Then left.", "- a list item", "- another"], sentences);
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_IsNotASentenceStart()
    {
        var sentences = Split("It is used in the U.S. by many clinics. Next.");

        Assert.Equal(["It is used in the U.S. by many clinics.", "Next."], sentences);
    }
}
