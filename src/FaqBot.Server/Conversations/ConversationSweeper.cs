using FaqBot.Server.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Conversations;

// Removes conversations idle for longer than DirectLine:ConversationIdleMinutes, once a minute.
public sealed partial class ConversationSweeper(
    IConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var idleSince = timeProvider.GetUtcNow() - TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);
            var removed = await store.RemoveIdleAsync(idleSince, stoppingToken).ConfigureAwait(false);
            if (removed > 0)
            {
                LogRemoved(logger, removed, store.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Removed} idle conversations; {Live} live")]
    private static partial void LogRemoved(ILogger logger, int removed, int live);
}
