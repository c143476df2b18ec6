using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

/// Captures every log line of a test host.
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// Waits up to a minute for a line starting with <paramref name="prefix"/>; fails listing what was logged.
    public async Task WaitForAsync(string prefix)
    {
        for (var i = 0; i < 600; i++)
        {
            if (Entries.Any(e => e.Message.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"never logged '{prefix}':\n" + string.Join("\n", Entries.Select(e => e.Message)));
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ListLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
