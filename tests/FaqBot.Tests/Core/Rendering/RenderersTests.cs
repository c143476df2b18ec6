using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;

namespace FaqBot.Tests.Core.Rendering;

public sealed class RenderersTests
{
    private static readonly Answer Sample = new(
        AnswerKind.Answer,
        "",
        [new Quote("Each session lasts about 40 minutes.\n1. Then rest.", "p1", "What to Expect", "Treatment Sessions", "doc.txt", null, 3.21, [])],
        ["What is BDNF?", "How fast does it work?"],
        "Not medical advice.",
        0.9);

    [Fact]
    public void Markdown_Answer_QuotesAsBlockquoteWithSourceAndDisclaimer()
    {
        var markdown = MarkdownRenderer.Render(Sample);

        Assert.Contains("> Each session lasts about 40 minutes.\n", markdown);
        Assert.Contains("> 1\\. Then rest.", markdown); // a quoted "1." must not become a list
        Assert.Contains("— *What to Expect — Treatment Sessions*", markdown);
        Assert.EndsWith("_Not medical advice._", markdown);
    }

    [Fact]
    public void Renderers_QuoteFromPdf_SourceNamesTheFileAndPage()
    {
        var quote = new Quote("Rest for the remainder of the day.", "p2", "Aftercare instructions", null, "aftercare.pdf", null, 2.5, []) { Page = 2, LastPage = 2 };
        var answer = Sample with { Quotes = [quote] };

        Assert.Equal("Aftercare instructions (aftercare.pdf, page 2)", MarkdownRenderer.SourceLabel(quote));
        Assert.Contains("— *Aftercare instructions (aftercare.pdf, page 2)*", MarkdownRenderer.Render(answer));
        Assert.Contains("— Aftercare instructions (aftercare.pdf, page 2)\n", PlainTextRenderer.Render(answer));
        Assert.Equal(2, JsonDocument.Parse(JsonAnswerRenderer.Render(answer)).RootElement.GetProperty("passages")[0].GetProperty("page").GetInt32());
        Assert.False(JsonDocument.Parse(JsonAnswerRenderer.Render(Sample)).RootElement.GetProperty("passages")[0].TryGetProperty("page", out _));
    }

    [Fact]
    public void PlainText_Answer_HasQuoteSourceFollowUpsAndDisclaimer()
    {
        var text = PlainTextRenderer.Render(Sample);

        Assert.Contains("“Each session lasts about 40 minutes.”", text);
        Assert.Contains("— What to Expect — Treatment Sessions (doc.txt)", text);
        Assert.Contains("• What is BDNF?", text);
        Assert.EndsWith("Not medical advice.", text);
    }

    [Fact]
    public void Json_Answer_FollowsTheAskContract()
    {
        using var doc = JsonDocument.Parse(JsonAnswerRenderer.Render(Sample, JsonDocument.Parse("\"q7\"").RootElement));
        var root = doc.RootElement;

        Assert.Equal("q7", root.GetProperty("id").GetString());
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        var passage = root.GetProperty("passages")[0];
        Assert.Equal(Sample.Quotes[0].Text, passage.GetProperty("text").GetString());
        Assert.Equal("doc.txt", passage.GetProperty("source").GetString());
        Assert.Equal("Treatment Sessions", passage.GetProperty("heading").GetString());
        Assert.Equal(3.21, passage.GetProperty("score").GetDouble());
        Assert.Equal(MarkdownRenderer.Render(Sample), root.GetProperty("reply").GetString());
        Assert.Equal(2, root.GetProperty("followUps").GetArrayLength());
    }

    [Theory]
    [InlineData(AnswerKind.Clarify, "clarify")]
    [InlineData(AnswerKind.Abstain, "abstain")]
    [InlineData(AnswerKind.Crisis, "crisis")]
    [InlineData(AnswerKind.Advice, "advice")]
    [InlineData(AnswerKind.Smalltalk, "smalltalk")]
    public void Json_Kind_IsLowerCaseContractName(AnswerKind kind, string expected)
    {
        Assert.Equal(expected, JsonAnswerRenderer.KindName(kind));
    }
}
