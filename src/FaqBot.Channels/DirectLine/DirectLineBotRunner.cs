using FaqBot.Bot;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Text;
using Microsoft.Extensions.Logging;

namespace FaqBot.Channels.DirectLine;

/// <summary>Plays the channel towards the bot: runs one turn, stores the replies (typing only goes to the live stream).</summary>
public sealed partial class DirectLineBotRunner(IBot bot, IDirectLineConversations store, ILogger<DirectLineBotRunner> logger)
{
    private const string FailureReply = "Sorry, something went wrong. Please ask again.";

    /// <summary>Runs the bot on <paramref name="incoming"/>; a failed turn stores an apology instead of its replies.</summary>
    public async Task RunTurnAsync(string conversationId, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);

        // Not tied to the HTTP request: a reply still lands in the history if the client went away mid-turn.
        var cancellationToken = CancellationToken.None;
        var context = new TurnContext(incoming, async (reply, token) =>
        {
            var addressed = reply.AsReplyTo(incoming);
            var stored = reply.Type == ActivityTypes.Typing
                ? await store.PublishTransientAsync(conversationId, addressed, token).ConfigureAwait(false)
                : await store.AppendAsync(conversationId, addressed, token).ConfigureAwait(false);
            return new ResourceResponse(stored?.Id ?? string.Empty);
        });
        try
        {
            await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(logger, ex, LogValue.Of(conversationId)!, LogValue.Of(incoming.Id));
            await store.AppendAsync(conversationId, MessageFactory.Markdown(FailureReply).AsReplyTo(incoming), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} for activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId, string? activityId);
}
