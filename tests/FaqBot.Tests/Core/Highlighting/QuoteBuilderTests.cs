using FaqBot.Core.Highlighting;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Highlighting;

public sealed class QuoteBuilderTests
{
    private static readonly QuoteBuilder Builder = new(FaqBot.Core.Analysis.EnglishAnalyzers.CreateTerms());

    [Fact]
    public void Build_ShortPassage_QuotesItWholeAndMarksTerms()
    {
        var passage = Passages.Make("p", "Ketamine can cause nausea. It passes quickly.");

        var quote = Builder.Build(passage, ["nausea"], _ => 1, 2.5);

        Assert.Equal(passage.Text, quote.Text);
        var mark = Assert.Single(quote.Marks);
        Assert.Equal("nausea", quote.Text.Substring(mark.Start, mark.Length));
        Assert.Equal(2.5, quote.Score);
    }

    [Fact]
    public void Build_LongPassage_TrimsToVerbatimWindowWithEllipses()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 12).Select(i => $"Sentence number {i} talks about something else entirely and at length."));
        var passage = Passages.Make("p", filler + " The amygdala is the fear center of the brain. " + filler);

        var quote = Builder.Build(passage, ["amygdala"], _ => 1, 1);

        Assert.StartsWith(QuoteBuilder.Ellipsis + " ", quote.Text);
        Assert.EndsWith(" " + QuoteBuilder.Ellipsis, quote.Text);
        Assert.Contains("The amygdala is the fear center of the brain.", quote.Text);
        var inner = quote.Text[2..^2];
        Assert.Contains(inner, passage.Text); // never a changed word
        Assert.True(quote.Text.Length <= QuoteBuilder.MaxQuoteChars + 4);
        var mark = Assert.Single(quote.Marks);
        Assert.Equal("amygdala", quote.Text.Substring(mark.Start, mark.Length));
    }

    [Fact]
    public void Build_WindowAtStart_HasNoLeadingEllipsis()
    {
        var tail = string.Join(' ', Enumerable.Range(0, 12).Select(i => $"Sentence number {i} talks about something else entirely and at length."));
        var passage = Passages.Make("p", "Glutamate matters for memory. " + tail);

        var quote = Builder.Build(passage, ["glutamate"], _ => 1, 1);

        Assert.StartsWith("Glutamate matters for memory.", quote.Text);
        Assert.EndsWith(QuoteBuilder.Ellipsis, quote.Text);
    }
}
