using FaqBot.Schema.Activities;

namespace FaqBot.Bot;

/// <summary>Helpers that apply a conversation reference to outgoing activities, as the SDK's adapters do.</summary>
public static class ActivityExtensions
{
    /// <summary>Returns <paramref name="reply"/> addressed back to the sender of <paramref name="incoming"/>, with replyToId set.</summary>
    public static Activity AsReplyTo(this Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);

        // The SDK leaves replyToId empty when answering a conversationUpdate: there is no message to thread under.
        var replyToId = incoming.Type == ActivityTypes.ConversationUpdate ? null : incoming.Id;
        return reply with
        {
            From = reply.From ?? incoming.Recipient,
            Recipient = reply.Recipient ?? incoming.From,
            Conversation = reply.Conversation ?? incoming.Conversation,
            ChannelId = reply.ChannelId ?? incoming.ChannelId,
            ServiceUrl = reply.ServiceUrl ?? incoming.ServiceUrl,
            Locale = reply.Locale ?? incoming.Locale,
            ReplyToId = reply.ReplyToId ?? replyToId,
        };
    }
}
