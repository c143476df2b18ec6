namespace FaqBot.Channels.DirectLine;

/// <summary>What creating a conversation in the store did.</summary>
public enum CreateConversationResult
{
    /// <summary>A new conversation was stored.</summary>
    Created,

    /// <summary>The conversation existed already (a token's conversation started again).</summary>
    AlreadyExists,

    /// <summary>DirectLine:MaxConversations is reached and nothing could be evicted.</summary>
    Full,
}
