namespace FaqBot.Bot.Teams;

/// <summary>Feedback given by reacting to one of the bot's messages.</summary>
/// <param name="MessageId">Id of the bot message reacted to (the reaction activity's replyToId).</param>
/// <param name="Helpful">True for like/heart, false for sad/angry.</param>
public sealed record FeedbackReaction(string MessageId, bool Helpful);
