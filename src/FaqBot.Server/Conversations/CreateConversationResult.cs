namespace FaqBot.Server.Conversations;

public enum CreateConversationResult
{
    Created,
    AlreadyExists,
    Full,
}
