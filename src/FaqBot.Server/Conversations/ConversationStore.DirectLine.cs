using FaqBot.Channels.DirectLine;

namespace FaqBot.Server.Conversations;

// The Direct Line protocol (FaqBot.Channels) sees this store through IDirectLineConversations.
public sealed partial class ConversationStore
{
    async ValueTask<IActivityStream?> IDirectLineConversations.SubscribeAsync(string conversationId, long afterWatermark,
        CancellationToken cancellationToken) =>
        await SubscribeAsync(conversationId, afterWatermark, cancellationToken).ConfigureAwait(false);
}
