namespace FaqBot.Server.BotFramework;

// Bad or unsafe Bot Framework / Teams settings; Program.cs turns it into one line naming the key, not a stack trace.
public sealed class BotFrameworkConfigurationException(string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException);
