using FaqBot.Bot.Teams;

namespace FaqBot.Tests.Bot.Teams;

public sealed class TeamsFeedbackTests
{
    [Theory]
    [InlineData("reaction-like", true)]
    [InlineData("reaction-heart", true)]
    [InlineData("reaction-sad", false)]
    [InlineData("reaction-angry", false)]
    public void FromReaction_FeedbackReaction_MapsToHelpfulness(string fixture, bool expected)
    {
        var activity = TeamsFixtures.Load(fixture);

        var helpful = TeamsFeedback.FromReaction(activity);

        Assert.Equal(expected, helpful);
    }

    [Theory]
    [InlineData("reaction-laugh")]
    [InlineData("reaction-like-removed")]
    [InlineData("personal-message")]
    public void FromReaction_NotFeedback_ReturnsNull(string fixture)
    {
        var activity = TeamsFixtures.Load(fixture);

        var helpful = TeamsFeedback.FromReaction(activity);

        Assert.Null(helpful);
    }

    [Fact]
    public void TryGetFeedback_LikeOnBotMessage_ReturnsReactedMessageId()
    {
        var activity = TeamsFixtures.Load("reaction-like");

        var found = TeamsFeedback.TryGetFeedback(activity, out var feedback);

        Assert.True(found);
        Assert.Equal(new FeedbackReaction("1712345600777", true), feedback);
    }

    [Fact]
    public void TryGetFeedback_NoReplyToId_ReturnsFalse()
    {
        var activity = TeamsFixtures.Load("reaction-angry") with { ReplyToId = null };

        var found = TeamsFeedback.TryGetFeedback(activity, out var feedback);

        Assert.False(found);
        Assert.Null(feedback);
    }
}
