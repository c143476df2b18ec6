namespace FaqBot.Schema.Activities;

/// <summary>The activity type names of the Bot Framework protocol.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";
    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>A typing indicator.</summary>
    public const string Typing = "typing";
    /// <summary>A reaction added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>The app was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>A named event.</summary>
    public const string Event = "event";
    /// <summary>A request that expects a synchronous response.</summary>
    public const string Invoke = "invoke";
    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
}
