using FaqBot.Schema.Activities;

namespace FaqBot.Bot;

/// <summary>Turn logic base in the image of the Bot Framework SDK's ActivityHandler: dispatches on the activity type.</summary>
public abstract class ActivityHandler : IBot
{
    /// <summary>Dispatches the incoming activity to the matching <c>On…ActivityAsync</c> method.</summary>
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turnContext.Activity);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Typing => OnTypingActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    /// <summary>Handles a message; does nothing unless overridden.</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Splits a conversationUpdate into members added (other than the bot itself) and members removed.</summary>
    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded is { Count: > 0 } added && added.Any(member => member.Id != botId))
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        if (activity.MembersRemoved is { Count: > 0 } removed && removed.Any(member => member.Id != botId))
        {
            return OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <summary>Called when members other than the bot joined; does nothing unless overridden.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when members other than the bot left; does nothing unless overridden.</summary>
    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Splits a messageReaction into reactions added and reactions removed.</summary>
    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Called for reactions added to a message (its id is in replyToId); does nothing unless overridden.</summary>
    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called for reactions removed from a message; does nothing unless overridden.</summary>
    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Handles a named event; calls <see cref="OnEventAsync"/> unless overridden.</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnEventAsync(turnContext, cancellationToken);

    /// <summary>Called for an event activity; does nothing unless overridden.</summary>
    protected virtual Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Splits an installationUpdate into add (add, add-upgrade) and remove (remove, remove-upgrade).</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>Called when the bot was installed; does nothing unless overridden.</summary>
    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the bot was uninstalled; does nothing unless overridden.</summary>
    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the user is typing; does nothing unless overridden.</summary>
    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the conversation ended; does nothing unless overridden.</summary>
    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called for any other activity type (unknown types are ignored, as the protocol asks).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
