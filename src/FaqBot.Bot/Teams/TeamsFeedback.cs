using System.Diagnostics.CodeAnalysis;
using FaqBot.Schema.Activities;

namespace FaqBot.Bot.Teams;

/// <summary>Maps Teams message reactions to helpful / not helpful feedback.</summary>
public static class TeamsFeedback
{
    /// <summary>True for an added like or heart, false for sad or angry, null for anything else (laugh, removals, other types).</summary>
    public static bool? FromReaction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.MessageReaction || activity.ReactionsAdded is null)
        {
            return null;
        }

        foreach (var reaction in activity.ReactionsAdded)
        {
            switch (reaction.Type?.ToLowerInvariant())
            {
                case "like" or "heart":
                    return true;
                case "sad" or "angry":
                    return false;
            }
        }

        return null;
    }

    /// <summary>The feedback and the reacted-to message id, when the activity is a helpful/unhelpful reaction to a known message.</summary>
    public static bool TryGetFeedback(Activity activity, [NotNullWhen(true)] out FeedbackReaction? feedback)
    {
        feedback = null;
        if (FromReaction(activity) is not { } helpful || string.IsNullOrEmpty(activity.ReplyToId))
        {
            return false;
        }

        feedback = new FeedbackReaction(activity.ReplyToId, helpful);
        return true;
    }
}
