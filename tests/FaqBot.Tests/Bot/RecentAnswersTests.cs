using FaqBot.Bot;

namespace FaqBot.Tests.Bot;

public sealed class RecentAnswersTests
{
    [Fact]
    public void Remember_EvictingOldReply_KeepsConversationsNewerLastQuestion()
    {
        var recent = new RecentAnswers(capacity: 2);

        recent.Remember("conv", "reply-1", "question-1");
        recent.Remember("conv", "reply-2", "question-2");
        recent.Remember("conv", "reply-3", "question-3"); // evicts reply-1

        Assert.Null(recent.QuestionForReply("reply-1"));
        Assert.Equal("question-3", recent.QuestionForReply("reply-3"));
        Assert.Equal("question-3", recent.LastQuestion("conv"));
    }

    [Fact]
    public void Remember_EvictingAConversationsOnlyReply_ForgetsItsLastQuestion()
    {
        var recent = new RecentAnswers(capacity: 1);

        recent.Remember("a", "reply-a", "question-a");
        recent.Remember("b", "reply-b", "question-b");

        Assert.Null(recent.LastQuestion("a"));
        Assert.Equal("question-b", recent.LastQuestion("b"));
    }
}
