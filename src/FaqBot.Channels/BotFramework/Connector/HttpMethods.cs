namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>HTTP method checks without a dependency on ASP.NET Core.</summary>
internal static class HttpMethods
{
    public static bool IsPost(string method) => string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase);
}
