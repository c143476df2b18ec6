using FaqBot.Schema.Activities;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>Addresses an outgoing activity the way the Bot Framework SDK does from the incoming one.</summary>
public static class ConversationReferenceExtensions
{
    /// <summary>
    /// Returns <paramref name="reply"/> with from/recipient swapped from <paramref name="incoming"/>, the same
    /// conversation, channel, serviceUrl and locale, replyToId = incoming id, and no id.
    /// </summary>
    public static Activity ApplyConversationReference(this Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        // The SDK leaves replyToId empty when answering a conversationUpdate on Direct Line / Web Chat.
        var skipReplyTo = incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat";
        return reply with
        {
            Id = null,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Locale = reply.Locale ?? incoming.Locale,
            ReplyToId = reply.ReplyToId ?? (skipReplyTo ? null : incoming.Id),
        };
    }
}
