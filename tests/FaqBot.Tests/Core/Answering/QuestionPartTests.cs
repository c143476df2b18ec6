using FaqBot.Core.Answering;

namespace FaqBot.Tests.Core.Answering;

public sealed class QuestionPartTests
{
    [Fact]
    public void Extract_ShortText_ReturnsItUnchanged()
    {
        var part = QuestionPart.Extract("how long does it last?", 2000);

        Assert.Equal("how long does it last?", part);
    }

    [Fact]
    public void Extract_LongStoryThenQuestion_ReturnsTheQuestion()
    {
        var story = string.Concat(Enumerable.Repeat("I drove to the clinic and waited a while. ", 100));

        var part = QuestionPart.Extract(story + "How long does a session last?", 2000);

        Assert.Equal("How long does a session last?", part);
    }

    [Fact]
    public void Extract_LongTextWithoutQuestionMark_KeepsItsEnd()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1000)) + "tell me about bdnf";

        var part = QuestionPart.Extract(text, 300);

        Assert.True(part.Length <= 300);
        Assert.EndsWith("tell me about bdnf", part, StringComparison.Ordinal);
    }
}
